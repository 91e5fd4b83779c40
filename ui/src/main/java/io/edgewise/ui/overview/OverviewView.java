package io.edgewise.ui.overview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.analytics.DomainOverviewService;
import io.edgewise.base.api.ProblemException;
import io.edgewise.metrics.MetricsQueryService;
import io.edgewise.planning.PlanTrigger;
import io.edgewise.planning.PlanningService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.security.Role;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The landing page after sign-in: a card per smart domain, each opening its dashboard; operators may re-plan from here. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Overview · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class OverviewView extends VerticalLayout {

  private final DomainOverviewService overview;
  private final MetricsQueryService metrics;
  private final Div cards = new Div();

  @Inject
  public OverviewView(DomainOverviewService overview, MetricsQueryService metrics, PlanningService planning, CurrentCaller callers) {
    this.overview = overview;
    this.metrics = metrics;
    addClassName("ew-overview");
    HorizontalLayout heading = new HorizontalLayout(new H2("Overview"));
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    if (callers.get().has(Role.OPERATOR)) {
      Button planNow = new Button("Plan now", click -> {
        try {
          planning.planNow(PlanTrigger.MANUAL);
          refresh();
          notify("Planned from the current inventory", NotificationVariant.LUMO_SUCCESS);
        } catch (ProblemException e) {
          notify("Planning failed: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
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

  private static void notify(String text, NotificationVariant variant) {
    Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
  }

  private void refresh() {
    cards.removeAll();
    overview.summaries().forEach(summary -> cards.add(new DomainCard(summary, metrics.domainNow(summary.domain()))));
  }
}
