package io.edgewise.ui.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart: give it an ECharts option object ({@link #setOption}) and the browser
 * draws it with the SVG renderer, in Lumo dark when the page is dark, resizing with its box.
 *
 * <p>ECharts comes from the {@code org.webjars.npm:echarts} WebJar, added to the page at run time,
 * so Vaadin's pre-compiled bundle stays valid (docs/ui.md). Build options with {@link #options()}
 * (a Jackson tree: data is escaped by Jackson, never concatenated into script).
 */
public class EChart extends Div {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Loads the library once per page, then (re)draws this element's chart with the option in $0. */
  private static final String DRAW =
      """
      const el = this;
      const option = JSON.parse($0);
      const draw = () => {
        const dark = (document.documentElement.getAttribute('theme') || '').includes('dark');
        let chart = echarts.getInstanceByDom(el);
        if (chart && chart.__ewDark !== dark) { chart.dispose(); chart = null; }
        if (!chart) {
          chart = echarts.init(el, dark ? 'dark' : null, { renderer: 'svg' });
          chart.__ewDark = dark;
          new ResizeObserver(() => chart.resize()).observe(el);
        }
        option.backgroundColor = 'transparent';
        chart.setOption(option, true);
        el.setAttribute('data-rendered', 'true');
      };
      if (window.echarts) { draw(); return; }
      window.edgewiseECharts = window.edgewiseECharts || new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = $1;
        script.onload = resolve;
        script.onerror = () => reject(new Error('ECharts could not be loaded from ' + $1));
        document.head.appendChild(script);
      });
      window.edgewiseECharts.then(draw);
      """;

  private JsonNode option = JSON.createObjectNode();

  /** An empty chart, 280 px high and as wide as its container. */
  public EChart() {
    addClassName("ew-chart");
    setWidthFull();
    setHeight("280px");
  }

  /** A fresh option object to fill in: {@code options().put("animation", false)...}. */
  public static ObjectNode options() {
    return JSON.createObjectNode();
  }

  /**
   * Options for a bar chart compared along a category axis: no animation, a shadow tooltip per
   * category, the legend on top, and a grid with {@code rightPx} for labels at the bars' ends.
   */
  public static ObjectNode barComparison(int rightPx) {
    ObjectNode option = options().put("animation", false);
    option
        .putObject("tooltip")
        .put("trigger", "axis")
        .putObject("axisPointer")
        .put("type", "shadow");
    option.putObject("legend").put("top", 0);
    option
        .putObject("grid")
        .put("left", 8)
        .put("right", rightPx)
        .put("top", 36)
        .put("bottom", 8)
        .put("containLabel", true);
    return option;
  }

  /** Replaces what the chart shows; draws now if the chart is on screen, else when it attaches. */
  public void setOption(JsonNode option) {
    this.option = option.deepCopy();
    if (isAttached()) {
      draw();
    }
  }

  /** The option the chart shows, for tests and for views that update part of it. */
  public JsonNode getOption() {
    return option.deepCopy();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    draw();
  }

  private void draw() {
    getElement().executeJs(DRAW, option.toString(), EChartsWebJar.SCRIPT);
  }
}
