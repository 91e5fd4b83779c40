package io.edgewise.agent.serving.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ONNX Runtime's profiler trace (Chrome trace JSON): {@code "cat":"Node"} events named {@code
 * <node>_kernel_time}.
 */
final class ProfileTrace {

  private static final String SUFFIX = "_kernel_time";

  private ProfileTrace() {}

  /**
   * Mean milliseconds per node over each node's last {@code runs} events (earlier ones are the
   * warm-up).
   */
  static Map<String, Double> meanNodeMs(byte[] trace, int runs) throws IOException {
    JsonNode events = new ObjectMapper().readTree(trace);
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    for (JsonNode event : events) {
      String name = event.path("name").asText();
      if ("Node".equals(event.path("cat").asText()) && name.endsWith(SUFFIX)) {
        micros
            .computeIfAbsent(
                name.substring(0, name.length() - SUFFIX.length()), n -> new ArrayList<>())
            .add(event.path("dur").asDouble());
      }
    }
    Map<String, Double> ms = new LinkedHashMap<>();
    micros.forEach(
        (node, durations) -> {
          List<Double> timed =
              durations.subList(Math.max(0, durations.size() - runs), durations.size());
          ms.put(
              node, timed.stream().mapToDouble(Double::doubleValue).average().orElse(0) / 1000.0);
        });
    return ms;
  }
}
