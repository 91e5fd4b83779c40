package io.edgewise.ui.deployment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgewise.planning.LatencyFigures;
import io.edgewise.planning.PartitionSummary;
import io.edgewise.ui.charts.EChart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The predicted latency of one inference as a horizontal stacked bar per scenario: the plan's
 * partition, and running the whole model on the device, at the edge or in the cloud (when the
 * tenant has a cloud tier), with the SLO as a vertical line. Queueing at the GPU is not part of
 * these figures; the predicted p95 adds it.
 */
final class LatencyBreakdownChart {

  /** The six parts of the breakdown, in the order a request passes them (the answer last). */
  static final Map<String, ToDoubleFunction<LatencyFigures>> PARTS = parts();

  private LatencyBreakdownChart() {}

  static EChart of(PartitionSummary partition, double sloMs) {
    EChart chart = new EChart();
    chart.addClassName("ew-breakdown");
    chart.setHeight(partition.cloudOnly() == null ? "220px" : "260px");
    chart.setOption(option(partition, sloMs));
    return chart;
  }

  static ObjectNode option(PartitionSummary partition, double sloMs) {
    Map<String, LatencyFigures> scenarios = new LinkedHashMap<>();
    scenarios.put("This plan", partition.plan());
    scenarios.put("Device only", partition.deviceOnly());
    scenarios.put("Edge only", partition.edgeOnly());
    scenarios.put("Cloud only", partition.cloudOnly());
    scenarios.values().removeIf(Objects::isNull);

    ObjectNode option = EChart.barComparison(48);
    option.putObject("xAxis").put("type", "value").put("name", "ms");
    ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
    scenarios.keySet().forEach(yAxis.putArray("data")::add);
    ArrayNode series = option.putArray("series");
    PARTS.forEach(
        (name, part) -> {
          ObjectNode bar =
              series.addObject().put("name", name).put("type", "bar").put("stack", "latency");
          scenarios
              .values()
              .forEach(figures -> bar.withArray("data").add(part.applyAsDouble(figures)));
        });
    ObjectNode sloLine =
        ((ObjectNode) series.get(0))
            .putObject("markLine")
            .put("symbol", "none")
            .put("silent", true);
    sloLine.putObject("lineStyle").put("type", "dashed").put("color", "#e03131").put("width", 2);
    sloLine.putObject("label").put("formatter", "SLO {c} ms").put("position", "end");
    sloLine.putArray("data").addObject().put("name", "SLO").put("xAxis", sloMs);
    return option;
  }

  private static Map<String, ToDoubleFunction<LatencyFigures>> parts() {
    Map<String, ToDoubleFunction<LatencyFigures>> parts = new LinkedHashMap<>();
    parts.put("Device", LatencyFigures::deviceMs);
    parts.put("Uplink", LatencyFigures::uplinkMs);
    parts.put("Edge", LatencyFigures::edgeMs);
    parts.put("Edge → cloud", LatencyFigures::edgeToCloudMs);
    parts.put("Cloud", LatencyFigures::cloudMs);
    parts.put("Downlink", LatencyFigures::downlinkMs);
    return parts;
  }
}
