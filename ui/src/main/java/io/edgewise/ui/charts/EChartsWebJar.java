package io.edgewise.ui.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the browser finds ECharts: the WebJar's static files, at the version on the class path. */
final class EChartsWebJar {

  private static final String POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";

  /** The script's URL, relative to the page so it works under any context path. */
  static final String SCRIPT = "webjars/echarts/" + version() + "/dist/echarts.min.js";

  private EChartsWebJar() {}

  private static String version() {
    try (InputStream in = EChartsWebJar.class.getResourceAsStream(POM)) {
      if (in == null) {
        throw new IllegalStateException(
            "the ECharts WebJar is not on the class path (" + POM + ")");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
