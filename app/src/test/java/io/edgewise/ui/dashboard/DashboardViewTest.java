package io.edgewise.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import io.edgewise.analytics.DomainInventoryRow;
import io.edgewise.metrics.MetricsFixtures;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.edgewise.ui.charts.EChart;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The domain dashboards, browserless, over points pushed through the real API. */
@QuarkusTest
class DashboardViewTest extends KaribuViewTest {

  private static TenantWorld world;
  private static TenantWorld other;

  @BeforeEach
  void worlds() {
    if (world == null) {
      world = TenantWorld.create("kdash");
      other = TenantWorld.create("kdashb");
      Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.HOURS);
      world
          .tenant()
          .operator()
          .body(
              MetricsFixtures.body(
                  MetricsFixtures.points(
                      new Random(1), world.deployment(), world.site(), from, 180)))
          .post("/api/v1/metrics")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void chartsShowThePushedSeriesWithTheSloLineAndTheDomainsDeployments() {
    signIn(world.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("dashboards/city");
    assertThat(currentView()).isInstanceOf(DashboardView.class);
    List<EChart> charts = _find(EChart.class);
    assertThat(charts).hasSize(5);
    for (EChart chart : charts) {
      JsonNode series = chart.getOption().get("series");
      assertThat(series.size()).isPositive();
      assertThat(series.get(0).get("data").size()).as(chart.getId().orElseThrow()).isBetween(3, 4);
    }
    JsonNode latency = _get(EChart.class, spec -> spec.withId("ew-chart-latency")).getOption();
    assertThat(latency.at("/series/1/markLine/data/0/yAxis").asDouble()).isEqualTo(100);
    assertThat(
            _get(Span.class, spec -> spec.withClasses("ew-dashboard-points"))
                .getElement()
                .getAttribute("data-points"))
        .isIn("3", "4");
    _assertNone(Paragraph.class, spec -> spec.withText(DashboardView.EMPTY));

    List<DomainInventoryRow> rows =
        _get(DomainInventoryGrid.class).getGenericDataView().getItems().toList();
    assertThat(rows)
        .extracting(r -> r.deployment().orElseThrow().name)
        .containsExactly("dep-" + world.tenant().slug());

    _get(Tabs.class).setSelectedIndex(0);
    assertThat(_get(DashboardView.class).selectedRange().label()).isEqualTo("1 h");
    assertThat(
            _get(EChart.class, spec -> spec.withId("ew-chart-request-rate"))
                .getOption()
                .at("/series/0/data")
                .size())
        .isBetween(59, 60);
  }

  @Test
  void aDomainWithoutPointsShowsTheEmptyStateAndNoCharts() {
    signIn(world.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("dashboards/industry");
    _get(Paragraph.class, spec -> spec.withText(DashboardView.EMPTY));
    _assertNone(EChart.class);
  }

  @Test
  void anUnknownDomainSaysSoAndTheBareRouteListsTheFour() {
    signIn(world.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("dashboards/agriculture");
    _get(H2.class, spec -> spec.withText("No such dashboard"));
    _assertNone(EChart.class);
    open("dashboards");
    _get(H2.class, spec -> spec.withText("Dashboards"));
  }

  @Test
  void anotherTenantSeesNoneOfThisTenantsSeriesOrNames() {
    signIn(other.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("dashboards/city");
    _get(Paragraph.class, spec -> spec.withText(DashboardView.EMPTY));
    List<DomainInventoryRow> rows =
        _get(DomainInventoryGrid.class).getGenericDataView().getItems().toList();
    assertThat(rows)
        .extracting(r -> r.fleet().fleet().name)
        .containsExactly("fleet-" + other.tenant().slug());
  }
}
