package io.edgewise.ui.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfile;
import io.edgewise.ui.charts.EChart;
import java.util.List;
import java.util.TreeSet;

/**
 * A version's layer profile as a chart: bars of compute per layer (milliseconds on each measured
 * hardware when the profile has timings, else GFLOP of work) and a line of each layer's output size
 * on a second, logarithmic axis, since sizes span bytes to megabytes.
 */
final class ProfileChart {

  private ProfileChart() {}

  static EChart of(VersionProfile profile) {
    EChart chart = new EChart();
    chart.setHeight("360px");
    chart.setOption(option(profile.layers));
    return chart;
  }

  /** The ECharts option: one category per layer and one data point per layer in every series. */
  static ObjectNode option(List<ProfiledLayer> layers) {
    ObjectNode option = EChart.options();
    option.put("animation", false);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("legend").put("top", 0);
    option.putObject("grid").put("left", 60).put("right", 70).put("bottom", 60).put("top", 40);
    ObjectNode x = option.putObject("xAxis").put("type", "category");
    x.putObject("axisLabel").put("rotate", 30).put("hideOverlap", true);
    ArrayNode names = x.putArray("data");
    for (int i = 0; i < layers.size(); i++) {
      names.add(i + " " + layers.get(i).name());
    }
    TreeSet<String> hardware = new TreeSet<>();
    layers.forEach(l -> hardware.addAll(l.measuredMs().keySet()));
    ArrayNode y = option.putArray("yAxis");
    y.addObject().put("type", "value").put("name", hardware.isEmpty() ? "GFLOP" : "ms");
    y.addObject().put("type", "log").put("name", "output bytes").put("logBase", 10);
    ArrayNode series = option.putArray("series");
    if (hardware.isEmpty()) {
      ArrayNode data = bars(series, "Compute (GFLOP, no timings measured yet)");
      layers.forEach(
          l -> {
            if (l.gflops() == null) {
              data.addNull(); // unknown work: a gap, never a zero bar
            } else {
              data.add(l.gflops());
            }
          });
    }
    for (String device : hardware) {
      ArrayNode data = bars(series, "Compute on " + device + " (ms)");
      layers.forEach(
          l -> {
            Double ms = l.measuredMs().get(device);
            if (ms == null) {
              data.addNull();
            } else {
              data.add(ms);
            }
          });
    }
    ObjectNode line =
        series
            .addObject()
            .put("name", "Output size (bytes)")
            .put("type", "line")
            .put("yAxisIndex", 1);
    ArrayNode sizes = line.putArray("data");
    layers.forEach(
        l -> {
          if (l.outputBytes() == null) {
            sizes.addNull(); // unknown size: a gap in the line
          } else {
            sizes.add(Math.max(1, l.outputBytes()));
          }
        });
    return option;
  }

  private static ArrayNode bars(ArrayNode series, String name) {
    return series
        .addObject()
        .put("name", name)
        .put("type", "bar")
        .put("yAxisIndex", 0)
        .putArray("data");
  }
}
