package io.edgewise.metrics;

import static io.edgewise.metrics.MetricsFixtures.bearer;
import static io.edgewise.metrics.MetricsFixtures.body;
import static io.edgewise.metrics.MetricsFixtures.hourStart;
import static io.edgewise.metrics.MetricsFixtures.nodeCredential;
import static io.edgewise.metrics.MetricsFixtures.point;
import static io.edgewise.metrics.MetricsFixtures.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.edgewise.testing.Sql;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsApiTest {

  @Test
  void hourDayAndDomainRollupsEqualSumsRecomputedFromThePushedMinutes() {
    TenantWorld w = TenantWorld.create("metroll");
    String secondSite =
        w.tenant()
            .admin()
            .body(TenantWorld.site("second-" + w.tenant().slug()))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Random random = new Random(42);
    Instant first = hourStart(4);
    List<Map<String, Object>> pushed =
        new ArrayList<>(points(random, w.deployment(), w.site(), first, 180));
    pushed.addAll(
        points(random, w.deployment(), secondSite, first.plus(30, ChronoUnit.MINUTES), 150));
    for (int from = 0; from < pushed.size(); from += 100) {
      w.tenant()
          .operator()
          .body(body(pushed.subList(from, Math.min(pushed.size(), from + 100))))
          .post("/api/v1/metrics")
          .then()
          .statusCode(200)
          .body("accepted", equalTo(Math.min(100, pushed.size() - from)));
    }

    JsonPath hours =
        w.tenant()
            .viewer()
            .queryParam("deploymentId", w.deployment())
            .queryParam("from", first.toString())
            .queryParam("to", first.plus(4, ChronoUnit.HOURS).toString())
            .queryParam("resolution", "hour")
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .body("resolution", equalTo("HOUR"))
            .body("points", hasSize(3))
            .extract()
            .jsonPath();
    for (int h = 0; h < 3; h++) {
      Instant hour = first.plus(h, ChronoUnit.HOURS);
      assertBucket(
          hours, "points[" + h + "]", inBucket(pushed, hour, hour.plus(1, ChronoUnit.HOURS)), 3600);
    }
    JsonPath domainHours =
        w.tenant()
            .viewer()
            .queryParam("domain", "city")
            .queryParam("from", first.toString())
            .queryParam("to", first.plus(4, ChronoUnit.HOURS).toString())
            .queryParam("resolution", "hour")
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .body("points", hasSize(3))
            .extract()
            .jsonPath();
    assertBucket(
        domainHours,
        "points[1]",
        inBucket(pushed, first.plus(1, ChronoUnit.HOURS), first.plus(2, ChronoUnit.HOURS)),
        3600);

    JsonPath days =
        w.tenant()
            .viewer()
            .queryParam("siteId", w.site())
            .queryParam("from", first.minus(2, ChronoUnit.DAYS).toString())
            .queryParam("to", first.plus(1, ChronoUnit.DAYS).toString())
            .queryParam("resolution", "day")
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long daySum =
        days.getList("points.requests", Long.class).stream().mapToLong(Long::longValue).sum();
    assertThat(daySum)
        .isEqualTo(
            pushed.stream()
                .filter(p -> p.get("siteId").equals(w.site()))
                .mapToLong(p -> (Long) p.get("requests"))
                .sum());

    JsonPath minutes =
        w.tenant()
            .viewer()
            .queryParam("deploymentId", w.deployment())
            .queryParam("siteId", secondSite)
            .queryParam("from", first.toString())
            .queryParam("to", first.plus(1, ChronoUnit.HOURS).toString())
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .body("resolution", equalTo("MINUTE"))
            .body("points", hasSize(30))
            .extract()
            .jsonPath();
    assertBucket(minutes, "points[0]", List.of(pushed.get(180)), 60);
  }

  @Test
  void rePushingAMinuteReplacesItInTheMinutesAndEveryRollup() {
    TenantWorld w = TenantWorld.create("metidem");
    Random random = new Random(7);
    Instant first = hourStart(2);
    List<Map<String, Object>> pushed =
        new ArrayList<>(points(random, w.deployment(), w.site(), first, 60));
    w.tenant()
        .operator()
        .body(body(pushed))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(60));
    Map<String, Object> replacement =
        point(random, w.deployment(), w.site(), first.plus(10, ChronoUnit.MINUTES));
    replacement.put("requests", 123_456L);
    replacement.put("sloViolations", 6L);
    w.tenant()
        .operator()
        .body(body(List.of(replacement)))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1));
    pushed.set(10, replacement);

    assertThat(
            Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", w.tenant().id()))
        .isEqualTo(60);
    JsonPath hour =
        w.tenant()
            .viewer()
            .queryParam("domain", "SMART_CITY")
            .queryParam("from", first.toString())
            .queryParam("to", first.plus(1, ChronoUnit.HOURS).toString())
            .queryParam("resolution", "hour")
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .body("points", hasSize(1))
            .extract()
            .jsonPath();
    assertBucket(hour, "points[0]", pushed, 3600);
    assertThat(
            Sql.count("SELECT sum(requests) FROM metric_days WHERE tenant_id = ?", w.tenant().id()))
        .isEqualTo(pushed.stream().mapToLong(p -> ((Number) p.get("requests")).longValue()).sum());
  }

  @Test
  void invalidPointsAreRefusedNamingEachPointAndFieldAndNothingIsStored() {
    TenantWorld w = TenantWorld.create("metinval");
    Random random = new Random(3);
    Instant first = hourStart(1);
    List<Map<String, Object>> batch =
        new ArrayList<>(points(random, w.deployment(), w.site(), first, 8));
    batch.get(1).put("minute", first.plusSeconds(90).toString());
    batch
        .get(2)
        .put(
            "minute",
            Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES).toString());
    batch
        .get(3)
        .put(
            "minute",
            Instant.now().minus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString());
    batch.get(4).put("latencyP95Ms", 1.0);
    batch.get(5).put("requests", 10L);
    batch.get(5).put("sloViolations", 11L);
    batch.get(6).put("bytesAvoided", -1L);
    batch.get(7).put("minute", first.toString());

    w.tenant()
        .operator()
        .body(body(batch))
        .post("/api/v1/metrics")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems(
                "points[1].minute",
                "points[2].minute",
                "points[3].minute",
                "points[4].latencyP95Ms",
                "points[5].sloViolations",
                "points[6].bytesAvoided",
                "points[7].minute"));
    Map<String, Object> incomplete = point(random, w.deployment(), w.site(), first);
    incomplete.remove("latencyP99Ms");
    w.tenant()
        .operator()
        .body(body(List.of(incomplete)))
        .post("/api/v1/metrics")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("points[0].latencyP99Ms"));
    w.tenant()
        .operator()
        .body(body(points(random, w.deployment(), w.site(), hourStart(24), 1001)))
        .post("/api/v1/metrics")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("points"))
        .body("errors[0].message", containsString("at most 1000"));
    assertThat(
            Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", w.tenant().id()))
        .isZero();
  }

  @Test
  void unknownOrOtherTenantsIdsAnswer404NamingThePointAndNothingIsStored() {
    TenantWorld a = TenantWorld.create("meta");
    TenantWorld b = TenantWorld.create("metb");
    Random random = new Random(5);
    Instant minute = hourStart(1);
    List<Map<String, Object>> batch =
        List.of(
            point(random, a.deployment(), a.site(), minute),
            point(random, b.deployment(), a.site(), minute),
            point(random, a.deployment(), b.site(), minute.plusSeconds(60)),
            point(random, UUID.randomUUID().toString(), a.site(), minute));
    a.tenant()
        .operator()
        .body(body(batch))
        .post("/api/v1/metrics")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            equalTo(
                List.of("points[1].deploymentId", "points[2].siteId", "points[3].deploymentId")))
        .body("detail", containsString("nothing was stored"));
    assertThat(
            Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", a.tenant().id()))
        .isZero();

    b.tenant()
        .operator()
        .body(body(List.of(point(random, b.deployment(), b.site(), minute))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200);
    a.tenant()
        .viewer()
        .queryParam("deploymentId", b.deployment())
        .queryParam("from", minute.toString())
        .get("/api/v1/metrics")
        .then()
        .statusCode(200)
        .body("points", hasSize(0));
  }

  @Test
  void viewersCannotPushAndAgentsPushOnlyForTheirOwnNodesSite() {
    TenantWorld w = TenantWorld.create("metroles");
    TestTenant t = w.tenant();
    String otherSiteName = "other-" + t.slug();
    String otherSite =
        t.admin()
            .body(TenantWorld.site(otherSiteName))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Random random = new Random(11);
    Instant minute = hourStart(1);

    t.viewer()
        .body(body(List.of(point(random, w.deployment(), w.site(), minute))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(403);
    bearer(t.token("VIEWER"))
        .body(body(List.of(point(random, w.deployment(), w.site(), minute))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(403);

    String agentHere = nodeCredential(t, w.siteName());
    String agentElsewhere = nodeCredential(t, otherSiteName);
    bearer(agentHere)
        .body(body(List.of(point(random, w.deployment(), w.site(), minute))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1));
    bearer(agentElsewhere)
        .body(body(List.of(point(random, w.deployment(), w.site(), minute))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    bearer(agentElsewhere)
        .body(body(List.of(point(random, w.deployment(), otherSite, minute))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200);
    bearer(agentHere).queryParam("domain", "city").get("/api/v1/metrics").then().statusCode(403);
    t.admin()
        .body(body(List.of(point(random, w.deployment(), w.site(), minute.plusSeconds(60)))))
        .post("/api/v1/metrics")
        .then()
        .statusCode(200);
  }

  @Test
  void twoAgentsServingOneDeploymentAtOneSiteAddUpAndEachReplacesOnlyItsOwnMinute() {
    TenantWorld w = TenantWorld.create("metsrc");
    TestTenant t = w.tenant();
    Random random = new Random(13);
    Instant minute = hourStart(1).plus(5, ChronoUnit.MINUTES);
    String agentA = nodeCredential(t, w.siteName());
    String agentB = nodeCredential(t, w.siteName());
    Map<String, Object> fromA = point(random, w.deployment(), w.site(), minute);
    Map<String, Object> fromB = point(random, w.deployment(), w.site(), minute);
    Map<String, Object> fromOperator = point(random, w.deployment(), w.site(), minute);
    bearer(agentA).body(body(List.of(fromA))).post("/api/v1/metrics").then().statusCode(200);
    bearer(agentB).body(body(List.of(fromB))).post("/api/v1/metrics").then().statusCode(200);
    t.operator().body(body(List.of(fromOperator))).post("/api/v1/metrics").then().statusCode(200);
    assertMinuteAndHour(w, minute, List.of(fromA, fromB, fromOperator));

    // a re-push (the agent's retry after a timeout, or a corrected minute) replaces that node's
    // minute only
    Map<String, Object> correctedA = point(random, w.deployment(), w.site(), minute);
    bearer(agentA).body(body(List.of(correctedA))).post("/api/v1/metrics").then().statusCode(200);
    bearer(agentA).body(body(List.of(correctedA))).post("/api/v1/metrics").then().statusCode(200);
    assertMinuteAndHour(w, minute, List.of(correctedA, fromB, fromOperator));
    assertThat(Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", t.id()))
        .isEqualTo(3);
  }

  private static void assertMinuteAndHour(
      TenantWorld w, Instant minute, List<Map<String, Object>> sources) {
    JsonPath minutes =
        w.tenant()
            .viewer()
            .queryParam("deploymentId", w.deployment())
            .queryParam("resolution", "minute")
            .queryParam("from", minute.toString())
            .queryParam("to", minute.plusSeconds(60).toString())
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .body("points", hasSize(1))
            .extract()
            .jsonPath();
    assertBucket(minutes, "points[0]", sources, 60);
    Instant hour = minute.truncatedTo(ChronoUnit.HOURS);
    JsonPath hours =
        w.tenant()
            .viewer()
            .queryParam("domain", "city")
            .queryParam("resolution", "hour")
            .queryParam("from", hour.toString())
            .queryParam("to", hour.plus(1, ChronoUnit.HOURS).toString())
            .get("/api/v1/metrics")
            .then()
            .statusCode(200)
            .body("points", hasSize(1))
            .extract()
            .jsonPath();
    assertBucket(hours, "points[0]", sources, 3600);
  }

  /** Sums, request-weighted mean latencies and the worst p99 of the points in [from, to). */
  private static List<Map<String, Object>> inBucket(
      List<Map<String, Object>> points, Instant from, Instant to) {
    return points.stream()
        .filter(
            p -> {
              Instant minute = Instant.parse((String) p.get("minute"));
              return !minute.isBefore(from) && minute.isBefore(to);
            })
        .toList();
  }

  private static void assertBucket(
      JsonPath json, String at, List<Map<String, Object>> points, long seconds) {
    long requests = sum(points, "requests");
    assertThat(json.getLong(at + ".requests")).isEqualTo(requests);
    assertThat(json.getDouble(at + ".requestRate"))
        .isCloseTo(requests / (double) seconds, withinPercentage(1e-4));
    assertThat(json.getLong(at + ".sloViolations")).isEqualTo(sum(points, "sloViolations"));
    assertThat(json.getLong(at + ".bytesUplinked")).isEqualTo(sum(points, "bytesUplinked"));
    assertThat(json.getLong(at + ".bytesAvoided")).isEqualTo(sum(points, "bytesAvoided"));
    assertThat(json.getLong(at + ".bytesCloudOnly"))
        .isEqualTo(sum(points, "bytesUplinked") + sum(points, "bytesAvoided"));
    assertThat(json.getLong(at + ".cacheHits")).isEqualTo(sum(points, "cacheHits"));
    assertThat(json.getLong(at + ".cacheMisses")).isEqualTo(sum(points, "cacheMisses"));
    for (String latency : List.of("latencyP50Ms", "latencyP95Ms", "latencyP99Ms")) {
      double weighted =
          points.stream()
                  .mapToDouble(
                      p ->
                          (float) (double) p.get(latency)
                              * ((Number) p.get("requests")).doubleValue())
                  .sum()
              / requests;
      assertThat(json.getDouble(at + "." + latency))
          .as(latency)
          .isCloseTo(weighted, withinPercentage(1e-3));
    }
    double worst =
        points.stream()
            .mapToDouble(p -> (float) (double) p.get("latencyP99Ms"))
            .max()
            .orElseThrow();
    assertThat(json.getDouble(at + ".latencyP99MaxMs")).isCloseTo(worst, withinPercentage(1e-4));
  }

  private static long sum(List<Map<String, Object>> points, String field) {
    return points.stream().mapToLong(p -> ((Number) p.get(field)).longValue()).sum();
  }
}
