package io.edgewise.ui.charts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The chart component's contract: the app serves ECharts itself, and options are kept as given. */
@QuarkusTest
class EChartTest {

  @Test
  void theAppServesTheEChartsScriptFromTheWebJarWithoutSigningIn() {
    given()
        .get("/" + EChartsWebJar.SCRIPT)
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"))
        .body(containsString("echarts"));
  }

  @Test
  void theOptionIsACopyThatLaterChangesToTheCallersTreeDoNotAffect() {
    EChart chart = new EChart();
    ObjectNode option = EChart.options();
    option.putObject("title").put("text", "Requests </script><b>");
    chart.setOption(option);
    option.put("animation", false);

    assertThat(chart.getOption().has("animation")).isFalse();
    assertThat(chart.getOption().at("/title/text").asText()).isEqualTo("Requests </script><b>");
  }
}
