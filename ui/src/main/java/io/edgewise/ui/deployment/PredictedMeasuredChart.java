package io.edgewise.ui.deployment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgewise.planning.PredictionComparison;
import io.edgewise.planning.SegmentComparison;
import io.edgewise.ui.charts.EChart;
import java.util.Map;

/**
 * Predicted against measured, bars side by side: each segment of a request's path (device, uplink,
 * edge, downlink) and the end-to-end p95 (measured by devices, or at the edge when no device
 * reports). A segment not measured has no measured bar (ECharts' {@code "-"}), never a zero one.
 */
final class PredictedMeasuredChart {

  private static final Map<String, String> LABELS =
      Map.of("DEVICE", "Device", "UPLINK", "Uplink", "EDGE", "Edge", "DOWNLINK", "Downlink");

  private PredictedMeasuredChart() {}

  static EChart of(PredictionComparison c) {
    EChart chart = new EChart();
    chart.addClassName("ew-predicted-measured");
    chart.setHeight("260px");
    chart.setOption(option(c));
    return chart;
  }

  static ObjectNode option(PredictionComparison c) {
    ObjectNode option = EChart.barComparison(16);
    ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
    option.putObject("yAxis").put("type", "value").put("name", "ms");
    ArrayNode predicted = bars(option, "Predicted", "#4c6ef5");
    ArrayNode measured = bars(option, "Measured", "#f08c00");
    for (SegmentComparison s : c.segments()) {
      categories.add(LABELS.getOrDefault(s.segment(), s.segment()));
      add(predicted, s.predictedMs());
      add(measured, s.measuredMs());
    }
    // the agents' own p95 lacks device and network time: say so rather than call it end to end
    categories.add(
        "AGENT".equals(c.observedP95Source()) ? "p95 (measured at the edge)" : "p95 end to end");
    add(predicted, c.predictedP95Ms());
    add(measured, c.observedP95Ms());
    return option;
  }

  private static ArrayNode bars(ObjectNode option, String name, String color) {
    ObjectNode bar = option.withArray("series").addObject().put("name", name).put("type", "bar");
    bar.putObject("itemStyle").put("color", color);
    return bar.putArray("data");
  }

  private static void add(ArrayNode data, Double ms) {
    if (ms == null) {
      data.add("-");
    } else {
      data.add(ms);
    }
  }
}
