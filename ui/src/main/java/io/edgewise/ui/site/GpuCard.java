package io.edgewise.ui.site;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.edgewise.node.Gpu;
import io.edgewise.ui.base.LabelValueList;
import io.edgewise.ui.base.TimeTexts;
import java.util.Locale;

/**
 * One GPU of a node: its hardware, and memory and utilisation from the last heartbeat that sampled
 * it.
 */
class GpuCard extends Div {

  GpuCard(Gpu gpu) {
    addClassName("ew-card");
    addClassName("ew-gpu");
    add(new H4("GPU " + gpu.deviceIndex + " · " + gpu.vendor + " " + gpu.model));
    add(
        new LabelValueList()
            .add("Memory", gib(gpu.memoryMib))
            .add("Peak", String.format(Locale.ROOT, "%.1f TFLOPS", gpu.peakTflops))
            .add("Compute capability", gpu.computeCapability));
    if (gpu.sampledAt == null) {
      Span none = new Span("No sample yet: the agent has not reported this GPU's state.");
      none.addClassName("ew-secondary");
      add(none);
      return;
    }
    if (gpu.memoryUsedMib != null) {
      add(
          bar(
              "Memory used",
              gib(gpu.memoryUsedMib) + " of " + gib(gpu.memoryMib),
              (double) gpu.memoryUsedMib / Math.max(1, gpu.memoryMib)));
    }
    if (gpu.utilizationPct != null) {
      add(
          bar(
              "Utilisation",
              String.format(Locale.ROOT, "%.0f %%", gpu.utilizationPct),
              gpu.utilizationPct / 100));
    }
    LabelValueList live = new LabelValueList().add("Sampled", TimeTexts.since(gpu.sampledAt));
    if (gpu.temperatureC != null) {
      live.add("Temperature", String.format(Locale.ROOT, "%.0f °C", gpu.temperatureC));
    }
    add(live);
  }

  private static Div bar(String label, String value, double fraction) {
    ProgressBar bar = new ProgressBar(0, 1, Math.max(0, Math.min(1, fraction)));
    bar.getElement().setAttribute("aria-label", label);
    Span name = new Span(label);
    name.addClassName("ew-figure-label");
    Span figure = new Span(value);
    figure.addClassName("ew-figure-value");
    Div line = new Div(name, figure);
    line.addClassName("ew-figure");
    return new Div(line, bar);
  }

  static String gib(long mib) {
    return String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0);
  }
}
