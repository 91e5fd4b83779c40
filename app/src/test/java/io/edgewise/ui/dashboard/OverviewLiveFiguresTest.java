package io.edgewise.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.edgewise.metrics.MetricsFixtures;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The overview's live figures come from pushed metrics; domains without points keep saying "No data
 * yet".
 */
@QuarkusTest
class OverviewLiveFiguresTest extends KaribuViewTest {

  @Test
  void theCityCardShowsThePushedInferenceRateAndLinksToItsDashboard() {
    TenantWorld w = TenantWorld.create("kovlive");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    List<Map<String, Object>> points = new ArrayList<>();
    Random random = new Random(9);
    for (int i = 1; i <= 5; i++) {
      Map<String, Object> point =
          MetricsFixtures.point(random, w.deployment(), w.site(), now.minus(i, ChronoUnit.MINUTES));
      point.put("requests", 600L);
      point.put("sloViolations", 6L);
      point.put("bytesUplinked", 250L);
      point.put("bytesAvoided", 750L);
      points.add(point);
    }
    w.tenant()
        .operator()
        .body(MetricsFixtures.body(points))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200);

    signIn(w.tenant().viewerEmail(), TestTenant.PASSWORD);
    open("");
    // 5 minutes of 600 requests: 3,000 requests over 300 s
    assertThat(figures("SMART_CITY"))
        .containsEntry("Inference rate", "10.0 req/s")
        .containsEntry("Observed SLO attainment", "99 %")
        .containsEntry("Bandwidth saved", "75 %");
    assertThat(figures("SMART_CITY").get("Observed p95")).endsWith("vs SLO 100 ms");
    assertThat(figures("SMART_INDUSTRY"))
        .containsEntry("Inference rate", "No data yet")
        .containsEntry("Bandwidth saved", "No data yet");
    assertThat(_find(card("SMART_CITY"), Anchor.class))
        .extracting(Anchor::getHref)
        .contains("dashboards/city");
  }

  private static Div card(String domain) {
    return _find(Div.class, spec -> spec.withClasses("ew-card")).stream()
        .filter(d -> domain.equals(d.getElement().getAttribute("data-domain")))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> figures(String domain) {
    Map<String, String> figures = new HashMap<>();
    for (Div row : _find(card(domain), Div.class, spec -> spec.withClasses("ew-figure"))) {
      List<Span> spans = _find(row, Span.class);
      figures.put(spans.get(0).getText(), spans.get(1).getText());
    }
    return figures;
  }
}
