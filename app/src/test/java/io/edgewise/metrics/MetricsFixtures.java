package io.edgewise.metrics;

import static io.restassured.RestAssured.given;

import io.edgewise.testing.TestTenant;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Metric points as JSON bodies, seeded so that failures repeat, and agents registered through the
 * API.
 */
public final class MetricsFixtures {

  private MetricsFixtures() {}

  /** The start of the hour {@code hoursAgo} hours before now. */
  public static Instant hourStart(int hoursAgo) {
    return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hoursAgo, ChronoUnit.HOURS);
  }

  /** A valid point with random but consistent measures. */
  public static Map<String, Object> point(
      Random random, String deploymentId, String siteId, Instant minute) {
    long requests = random.nextInt(10) == 0 ? 0 : 100 + random.nextInt(5000);
    double p50 = 5 + random.nextDouble() * 20;
    double p95 = p50 + random.nextDouble() * 30;
    double p99 = p95 + random.nextDouble() * 40;
    Map<String, Object> point = new HashMap<>();
    point.put("deploymentId", deploymentId);
    point.put("siteId", siteId);
    point.put("minute", minute.toString());
    point.put("requests", requests);
    point.put("latencyP50Ms", p50);
    point.put("latencyP95Ms", p95);
    point.put("latencyP99Ms", p99);
    point.put("sloViolations", requests == 0 ? 0 : random.nextInt((int) requests / 10 + 1));
    point.put("bytesUplinked", (long) random.nextInt(1_000_000));
    point.put("bytesAvoided", (long) random.nextInt(50_000_000));
    point.put("cacheHits", (long) random.nextInt(500));
    point.put("cacheMisses", (long) random.nextInt(100));
    point.put("deviceEnergySavedJ", random.nextDouble() * 100);
    return point;
  }

  /** {@code minutes} consecutive points from {@code first}. */
  public static List<Map<String, Object>> points(
      Random random, String deploymentId, String siteId, Instant first, int minutes) {
    List<Map<String, Object>> points = new ArrayList<>();
    for (int i = 0; i < minutes; i++) {
      points.add(point(random, deploymentId, siteId, first.plus(i, ChronoUnit.MINUTES)));
    }
    return points;
  }

  public static Map<String, Object> body(List<Map<String, Object>> points) {
    return Map.of("points", points);
  }

  /** Registers an agent at {@code siteName} and returns its node credential. */
  public static String nodeCredential(TestTenant t, String siteName) {
    String agentToken = t.token("AGENT");
    return bearer(agentToken)
        .body(
            Map.of(
                "agentId",
                "agent-" + siteName + "-" + random6(),
                "site",
                siteName,
                "hostname",
                "edge",
                "cpuCores",
                8,
                "memoryMib",
                32768,
                "gpus",
                List.of()))
        .post("/api/v1/agent/register")
        .then()
        .statusCode(201)
        .extract()
        .path("credential");
  }

  public static RequestSpecification bearer(String secret) {
    return given().header("Authorization", "Bearer " + secret).contentType("application/json");
  }

  private static String random6() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
