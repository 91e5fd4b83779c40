package io.edgewise.ui.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.analytics.DomainOverviewService;
import io.edgewise.base.access.Role;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.metrics.DomainSeries;
import io.edgewise.metrics.MetricsQueryService;
import io.edgewise.metrics.TimeRange;
import io.edgewise.ui.charts.EChart;
import io.edgewise.ui.overview.DomainNames;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A smart domain's dashboard ({@code /dashboards/transportation}): the series agents reported over
 * 1 h, 24 h or 7 d, the domain's fleets and deployments, and its applications' latency budgets.
 * Without a domain ({@code /dashboards}) it lists the four.
 */
@Route(value = "dashboards/:domain?", layout = MainLayout.class)
@RolesAllowed(Role.Names.VIEWER)
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  static final String EMPTY = "No metrics yet — agents push them to POST /api/v1/metrics";

  private final MetricsQueryService metrics;
  private final DomainOverviewService overview;
  private final Tabs ranges = new Tabs();
  private final Div body = new Div();
  private Optional<SmartDomain> domain = Optional.empty();

  @Inject
  public DashboardView(MetricsQueryService metrics, DomainOverviewService overview) {
    this.metrics = metrics;
    this.overview = overview;
    addClassName("ew-dashboard");
    Arrays.stream(TimeRange.values()).forEach(range -> ranges.add(new Tab(range.label())));
    ranges.setSelectedIndex(TimeRange.LAST_DAY.ordinal());
    ranges.addSelectedChangeListener(event -> domain.ifPresent(this::show));
    body.setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<String> requested =
        event.getRouteParameters().get("domain").map(n -> n.toLowerCase(Locale.ROOT));
    domain = requested.flatMap(DomainNames::fromSlug);
    removeAll();
    if (requested.isEmpty()) {
      add(new H2("Dashboards"));
      Arrays.stream(SmartDomain.values())
          .forEach(d -> add(new Anchor(DomainNames.dashboard(d), DomainNames.title(d))));
      return;
    }
    String name = requested.get();
    if (domain.isEmpty()) {
      add(
          new H2("No such dashboard"),
          new Paragraph(
              "There is no smart domain called '"
                  + name
                  + "'. Dashboards exist for multimedia, transportation, city and industry."));
      return;
    }
    HorizontalLayout heading =
        new HorizontalLayout(new H2(DomainNames.title(domain.get())), ranges);
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    heading.setFlexGrow(1, heading.getComponentAt(0));
    add(heading, body);
    show(domain.get());
  }

  @Override
  public String getPageTitle() {
    return domain.map(d -> DomainNames.title(d) + " · Edgewise").orElse("Dashboard · Edgewise");
  }

  TimeRange selectedRange() {
    return TimeRange.values()[Math.max(0, ranges.getSelectedIndex())];
  }

  private void show(SmartDomain shown) {
    body.removeAll();
    DomainSeries series = metrics.domainSeries(shown, selectedRange());
    if (series.points().isEmpty()) {
      Paragraph empty = new Paragraph(EMPTY);
      empty.addClassName("ew-dashboard-empty");
      body.add(empty);
    } else {
      Span count =
          new Span(
              series.points().size()
                  + " data points · one per "
                  + series.range().resolution().name().toLowerCase(Locale.ROOT)
                  + series
                      .sloMs()
                      .map(
                          slo ->
                              " · SLO line: strictest deployment SLO, " + Math.round(slo) + " ms")
                      .orElse(""));
      count.addClassName("ew-dashboard-points");
      count.getElement().setAttribute("data-points", Integer.toString(series.points().size()));
      Div charts =
          new Div(
              chart("request-rate", DashboardCharts.requestRate(series)),
              chart("latency", DashboardCharts.latency(series)),
              chart("attainment", DashboardCharts.attainment(series)),
              chart("bandwidth", DashboardCharts.bandwidth(series)),
              chart("cache", DashboardCharts.cacheHitRatio(series)));
      charts.addClassName("ew-dashboard-charts");
      body.add(count, charts);
    }
    body.add(
        new H3("Fleets and deployments"),
        new DomainInventoryGrid(overview.inventory(shown), metrics.p95LastHour(shown)),
        new DomainApplications(shown));
  }

  private static EChart chart(String id, JsonNode option) {
    EChart chart = new EChart();
    chart.setId("ew-chart-" + id);
    chart.setOption(option);
    return chart;
  }
}
