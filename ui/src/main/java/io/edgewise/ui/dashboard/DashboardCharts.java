package io.edgewise.ui.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgewise.metrics.DomainSeries;
import io.edgewise.metrics.SeriesPoint;
import io.edgewise.ui.charts.EChart;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * ECharts options for a domain's series: one time axis, one or more line series, built as Jackson
 * trees.
 */
final class DashboardCharts {

  private DashboardCharts() {}

  static ObjectNode requestRate(DomainSeries s) {
    ObjectNode option = base("Request rate", "req/s");
    line(option, "Requests per second", s.points(), p -> Optional.of(p.requestRate()), false);
    return option;
  }

  /** p50, p95 and p99 with the SLO as a dashed line on p95. */
  static ObjectNode latency(DomainSeries s) {
    ObjectNode option = base("Latency", "ms");
    line(option, "p50", s.points(), p -> Optional.of(p.latencyP50Ms()), false);
    ObjectNode p95 = line(option, "p95", s.points(), p -> Optional.of(p.latencyP95Ms()), false);
    line(option, "p99", s.points(), p -> Optional.of(p.latencyP99Ms()), false);
    s.sloMs()
        .ifPresent(
            slo -> {
              ObjectNode markLine = p95.putObject("markLine");
              markLine.put("silent", true).put("symbol", "none");
              markLine.putObject("lineStyle").put("type", "dashed").put("width", 2);
              markLine
                  .putObject("label")
                  .put("formatter", "SLO {c} ms")
                  .put("position", "insideEndTop");
              markLine.putArray("data").addObject().put("name", "SLO").put("yAxis", slo);
              // a mark line does not widen the axis: keep the SLO in view even when every
              // percentile is far below it
              double highest =
                  s.points().stream().mapToDouble(SeriesPoint::latencyP99Ms).max().orElse(slo);
              option
                  .withObject("yAxis")
                  .put("min", 0)
                  .put("max", Math.ceil(Math.max(highest, slo) * 1.1));
            });
    return option;
  }

  static ObjectNode attainment(DomainSeries s) {
    ObjectNode option = base("SLO attainment", "%");
    line(
        option, "Requests within SLO", s.points(), p -> p.sloAttainment().map(a -> a * 100), false);
    double lowest =
        s.points().stream()
            .flatMap(p -> p.sloAttainment().stream())
            .mapToDouble(a -> a * 100)
            .min()
            .orElse(0);
    option.withObject("yAxis").put("max", 100).put("min", Math.max(0, Math.floor(lowest - 1)));
    return option;
  }

  static ObjectNode bandwidth(DomainSeries s) {
    ObjectNode option = base("Bytes to the cloud", "MB");
    line(option, "Uplinked", s.points(), p -> Optional.of(p.bytesUplinked() / 1e6), true);
    line(
        option,
        "Cloud-only would send",
        s.points(),
        p -> Optional.of(p.bytesCloudOnly() / 1e6),
        false);
    return option;
  }

  static ObjectNode cacheHitRatio(DomainSeries s) {
    ObjectNode option = base("Cache hit ratio", "%");
    line(option, "Hits", s.points(), p -> p.cacheHitRatio().map(r -> r * 100), false);
    option.withObject("yAxis").put("max", 100);
    return option;
  }

  private static ObjectNode base(String title, String unit) {
    ObjectNode option = EChart.options();
    option.put("animation", false);
    option
        .putObject("title")
        .put("text", title)
        .put("left", "left")
        .putObject("textStyle")
        .put("fontSize", 14);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("legend").put("top", 0).put("right", 0);
    option.putObject("grid").put("left", 56).put("right", 16).put("top", 40).put("bottom", 32);
    option.putObject("xAxis").put("type", "time");
    option.putObject("yAxis").put("type", "value").put("name", unit).put("scale", true);
    option.putArray("series");
    return option;
  }

  /** Adds a line; buckets where {@code value} is empty are left out (a gap, not a zero). */
  private static ObjectNode line(
      ObjectNode option,
      String name,
      List<SeriesPoint> points,
      Function<SeriesPoint, Optional<Double>> value,
      boolean area) {
    ObjectNode series = ((ArrayNode) option.get("series")).addObject();
    series.put("name", name).put("type", "line").put("showSymbol", false);
    if (area) {
      series.putObject("areaStyle").put("opacity", 0.25);
    }
    ArrayNode data = series.putArray("data");
    for (SeriesPoint p : points) {
      value
          .apply(p)
          .ifPresent(
              v -> data.addArray().add(p.bucket().toString()).add(Math.round(v * 1000) / 1000.0));
    }
    return series;
  }
}
