package io.edgewise.ui.deployment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.edgewise.base.access.Role;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentFilter;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanningService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tenant's deployments, paged on the server, filtered by domain, fleet and name; operators
 * create new ones.
 */
@Route(value = "deployments", layout = MainLayout.class)
@PageTitle("Deployments · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class DeploymentsView extends VerticalLayout {

  private final DeploymentService deployments;
  private final PlanningService planning;
  private final Select<SmartDomain> domain = new Select<>();
  private final ComboBox<Fleet> fleet = new ComboBox<>("Fleet");
  private final TextField text = new TextField("Name contains");
  private final Grid<DeploymentRow> grid = new Grid<>(DeploymentRow.class, false);

  @Inject
  public DeploymentsView(
      DeploymentService deployments,
      PlanningService planning,
      FleetService fleets,
      DeploymentEditor editor,
      CurrentCaller callers) {
    this.deployments = deployments;
    this.planning = planning;
    addClassName("ew-deployments");
    setSizeFull();
    HorizontalLayout heading = new HorizontalLayout(new H2("Deployments"));
    heading.setWidthFull();
    heading.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (callers.get().has(Role.OPERATOR)) {
      Button create =
          new Button(
              "New deployment",
              VaadinIcon.PLUS.create(),
              click -> editor.create(saved -> grid.getDataProvider().refreshAll()));
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      heading.add(create);
    }
    add(heading, filters(fleets), grid());
  }

  private HorizontalLayout filters(FleetService fleets) {
    domain.setLabel("Smart domain");
    domain.setItems(SmartDomain.values());
    domain.setEmptySelectionAllowed(true);
    domain.setEmptySelectionCaption("All domains");
    domain.setItemLabelGenerator(d -> d == null ? "All domains" : DeploymentLabels.domain(d));
    fleet.setItems(
        ServicePages.firstPageOfAll("name", page -> fleets.list(null, null, null, page)).stream()
            .map(f -> f.fleet())
            .toList());
    fleet.setItemLabelGenerator(f -> f.name);
    fleet.setClearButtonVisible(true);
    fleet.setPlaceholder("All fleets");
    text.setPlaceholder("Part of the name");
    text.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    domain.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    fleet.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    HorizontalLayout bar = new HorizontalLayout(domain, fleet, text);
    bar.addClassName("ew-filters");
    return bar;
  }

  private Grid<DeploymentRow> grid() {
    grid.addComponentColumn(
            r ->
                new RouterLink(
                    r.deployment().name,
                    DeploymentDetailView.class,
                    DeploymentDetailView.parameters(r.deployment().id)))
        .setHeader("Name")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(DeploymentRow::model).setHeader("Model").setAutoWidth(true);
    grid.addColumn(DeploymentRow::fleet).setHeader("Fleet").setAutoWidth(true);
    grid.addColumn(r -> r.domain() == null ? "—" : DeploymentLabels.domain(r.domain()))
        .setHeader("Smart domain")
        .setAutoWidth(true);
    grid.addColumn(r -> DeploymentLabels.ms(r.deployment().latencySloMs))
        .setHeader("SLO (p95)")
        .setAutoWidth(true);
    grid.addColumn(r -> DeploymentLabels.objective(r.deployment().objective))
        .setHeader("Objective")
        .setAutoWidth(true);
    grid.addColumn(r -> DeploymentLabels.strategy(r.deployment().strategy))
        .setHeader("Strategy")
        .setAutoWidth(true);
    grid.addColumn(DeploymentRow::sites).setHeader("Target sites").setAutoWidth(true);
    grid.addComponentColumn(r -> PlanBadge.of(r.plan(), r.deployment().latencySloMs))
        .setHeader("Latest plan")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setPageSize(50);
    grid.setItems(
        this::fetch, query -> ServicePages.count(page -> deployments.list(filter(), page)));
    grid.setEmptyStateText("No deployments match. Operators create them with “New deployment”.");
    grid.setSizeFull();
    return grid;
  }

  private Stream<DeploymentRow> fetch(Query<DeploymentRow, Void> query) {
    var filter = filter();
    List<Deployment> page =
        ServicePages.fetch(query, "name", p -> deployments.list(filter, p)).toList();
    var refs = deployments.references(page);
    Map<UUID, PlanEntry> plan =
        planning
            .findLatest()
            .map(
                p ->
                    p.entries().stream()
                        .collect(
                            Collectors.toMap(
                                e -> e.deploymentId, Function.identity(), (x, y) -> x)))
            .orElse(Map.of());
    return page.stream().map(d -> DeploymentRow.of(d, refs, plan));
  }

  private DeploymentFilter filter() {
    UUID fleetId = fleet.getValue() == null ? null : fleet.getValue().id;
    return new DeploymentFilter(
        null, null, fleetId, null, null, domain.getValue(), text.getValue());
  }
}
