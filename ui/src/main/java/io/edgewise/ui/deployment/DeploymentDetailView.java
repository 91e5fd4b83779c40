package io.edgewise.ui.deployment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.edgewise.base.access.Role;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentReferences;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.node.NodeService;
import io.edgewise.planning.PlanTrigger;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PredictionComparisons;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.SiteService;
import io.edgewise.ui.shell.EntityLookup;
import io.edgewise.ui.shell.MainLayout;
import io.edgewise.ui.shell.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One deployment: its settings and its current plan; operators edit, delete and re-plan from here.
 */
@Route(value = "deployments/:id", layout = MainLayout.class)
@PageTitle("Deployment · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class DeploymentDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final DeploymentService deployments;
  private final PlanningService planning;
  private final DeploymentEditor editor;
  private final boolean operator;
  private final DeploymentPlanPanel plan;

  @Inject
  public DeploymentDetailView(
      DeploymentService deployments,
      PlanningService planning,
      PredictionComparisons comparisons,
      NodeService nodes,
      SiteService sites,
      DeploymentEditor editor,
      CurrentCaller callers) {
    this.deployments = deployments;
    this.planning = planning;
    this.editor = editor;
    this.operator = callers.get().has(Role.OPERATOR);
    this.plan = new DeploymentPlanPanel(planning, comparisons, new GpuNames(nodes, sites));
    addClassName("ew-deployment");
  }

  /** The route parameters of a deployment's detail page. */
  public static RouteParameters parameters(UUID id) {
    return new RouteParameters("id", id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<Deployment> found =
        EntityLookup.byId(event.getRouteParameters().get("id"), deployments::get);
    removeAll();
    found.ifPresentOrElse(
        this::show,
        () ->
            add(
                new H2("Deployment not found"),
                new Paragraph(
                    "There is no such deployment in your tenant. It may have been deleted."),
                new RouterLink("All deployments", DeploymentsView.class)));
  }

  private void show(Deployment d) {
    removeAll();
    DeploymentReferences refs = deployments.references(List.of(d));
    HorizontalLayout heading = new HorizontalLayout(new H2(d.name));
    heading.setWidthFull();
    heading.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (operator) {
      heading.add(
          button("Edit", VaadinIcon.EDIT, () -> editor.edit(d, refs, this::show)),
          button(
              "Delete",
              VaadinIcon.TRASH,
              () -> DeleteDeploymentDialog.open(d, () -> deployments.delete(d.id))),
          replanButton(d));
    }
    add(heading, settings(d, refs), plan);
    plan.show(d);
  }

  private Button replanButton(Deployment d) {
    Button replan =
        button(
            "Re-plan now",
            VaadinIcon.REFRESH,
            () -> {
              try {
                planning.planNow(PlanTrigger.MANUAL);
                plan.show(d);
                Notices.success("Re-planned from the current inventory");
              } catch (RuntimeException e) {
                Notices.error("Planning failed: " + Notices.describe("The plan", e));
              }
            });
    replan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    replan.setDisableOnClick(true);
    replan.addClickListener(click -> replan.setEnabled(true));
    return replan;
  }

  private static Button button(String text, VaadinIcon icon, Runnable action) {
    return new Button(text, icon.create(), click -> action.run());
  }

  private static Div settings(Deployment d, DeploymentReferences refs) {
    Div facts = new Div();
    facts.addClassName("ew-deployment-settings");
    String fleet =
        refs.fleet(d.fleetId)
            .map(f -> f.name + " · " + DeploymentLabels.domain(f.domain))
            .orElse("—");
    String sites = DeploymentRow.siteNames(d, refs);
    facts.add(
        fact("Model", DeploymentRow.modelAndVersion(d, refs)),
        fact("Fleet", fleet),
        fact("Target sites", sites),
        fact("Status", DeploymentLabels.status(d.status)),
        fact("Latency SLO (p95)", DeploymentLabels.ms(d.latencySloMs)),
        fact("Accuracy floor", d.minAccuracy == null ? "none" : String.valueOf(d.minAccuracy)),
        fact(
            "Objective",
            DeploymentLabels.objective(d.objective)
                + " — "
                + DeploymentLabels.explain(d.objective)),
        fact(
            "Strategy",
            DeploymentLabels.strategy(d.strategy) + " — " + DeploymentLabels.explain(d.strategy)),
        fact("Replicas", String.valueOf(d.replicas)),
        fact("Requests per device per second", String.valueOf(d.requestsPerDevicePerS)));
    return facts;
  }

  private static Div fact(String label, String value) {
    return DeploymentPlanPanel.fact(label, new Span(value));
  }
}
