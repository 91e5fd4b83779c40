package io.edgewise.agent.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 404 problem of {@code POST /api/v1/metrics}: which points name a deployment that no
 * longer exists.
 */
final class UnknownDeployments {
  private static final Pattern POINT = Pattern.compile("points\\[(\\d+)]\\.(\\w+)");

  private UnknownDeployments() {}

  /**
   * The indexes of the points whose {@code deploymentId} the problem names; empty when it names
   * anything else (an unknown site, a field this agent does not know) or cannot be read, so that
   * the batch is not silently thinned.
   */
  static List<Integer> named(ObjectMapper json, byte[] body, int points) {
    List<Integer> named = new ArrayList<>();
    try {
      for (JsonNode error : json.readTree(body).path("errors")) {
        Matcher m = POINT.matcher(error.path("field").asText());
        if (!m.matches()
            || !"deploymentId".equals(m.group(2))
            || Integer.parseInt(m.group(1)) >= points) {
          return List.of();
        }
        named.add(Integer.parseInt(m.group(1)));
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return named;
  }
}
