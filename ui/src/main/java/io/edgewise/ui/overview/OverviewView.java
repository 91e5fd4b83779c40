package io.edgewise.ui.overview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.analytics.DomainOverviewService;
import io.edgewise.base.access.Role;
import io.edgewise.base.error.DomainException;
import io.edgewise.metrics.MetricsQueryService;
import io.edgewise.planning.PlanTrigger;
import io.edgewise.planning.PlanningService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.ui.shell.MainLayout;
import io.edgewise.ui.shell.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The landing page after sign-in: a card per smart domain, each opening its dashboard; operators
 * may re-plan from here.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Overview · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class OverviewView extends VerticalLayout {

  private final DomainOverviewService overview;
  private final MetricsQueryService metrics;
  private final Div cards = new Div();

  @Inject
  public OverviewView(
      DomainOverviewService overview,
      MetricsQueryService metrics,
      PlanningService planning,
      CurrentCaller callers) {
    this.overview = overview;
    this.metrics = metrics;
    addClassName("ew-overview");
    HorizontalLayout heading = new HorizontalLayout(new H2("Overview"));
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    if (callers.get().has(Role.OPERATOR)) {
      Button planNow =
          new Button(
              "Plan now",
              click -> {
                try {
                  planning.planNow(PlanTrigger.MANUAL);
                  refresh();
                  Notices.success("Planned from the current inventory");
                } catch (DomainException e) {
                  Notices.error("Planning failed: " + Notices.describe("The plan", e));
                }
              });
      planNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      planNow.setDisableOnClick(true);
      planNow.addClickListener(click -> planNow.setEnabled(true));
      heading.add(planNow);
    }
    cards.addClassName("ew-cards");
    add(heading, cards);
    refresh();
  }

  private void refresh() {
    cards.removeAll();
    overview
        .summaries()
        .forEach(
            summary -> cards.add(new DomainCard(summary, metrics.domainNow(summary.domain()))));
  }
}
