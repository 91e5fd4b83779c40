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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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
    String secondSite = w.tenant().createSite(TenantWorld.site("second-" + w.tenant().slug()));
    Random random = new Random(42);
    Instant first = hourStart(4);
    List<Map<String, Object>> pushed =
        new ArrayList<>(points(random, w.deployment(), w.site(), first, 180));
    pushed.addAll(
        points(random, w.deployment(), secondSite, first.plus(30, ChronoUnit.MINUTES), 150));
    for (int from = 0; from < pushed.size(); from += 100) {
      push(w.tenant().operator(), pushed.subList(from, Math.min(pushed.size(), from + 100)))
          .statusCode(200)
          .body("accepted", equalTo(Math.min(100, pushed.size() - from)));
    }

    JsonPath hours =
        read(
                w.tenant(),
                "deploymentId",
                w.deployment(),
                first,
                first.plus(4, ChronoUnit.HOURS),
                "hour")
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
        read(w.tenant(), "domain", "city", first, first.plus(4, ChronoUnit.HOURS), "hour")
            .body("points", hasSize(3))
            .extract()
            .jsonPath();
    assertBucket(
        domainHours,
        "points[1]",
        inBucket(pushed, first.plus(1, ChronoUnit.HOURS), first.plus(2, ChronoUnit.HOURS)),
        3600);

    JsonPath days =
        read(
                w.tenant(),
                "siteId",
                w.site(),
                first.minus(2, ChronoUnit.DAYS),
                first.plus(1, ChronoUnit.DAYS),
                "day")
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
    push(w.tenant().operator(), pushed).statusCode(200).body("accepted", equalTo(60));
    Map<String, Object> replacement =
        point(random, w.deployment(), w.site(), first.plus(10, ChronoUnit.MINUTES));
    replacement.put("requests", 123_456L);
    replacement.put("sloViolations", 6L);
    push(w.tenant().operator(), List.of(replacement)).statusCode(200).body("accepted", equalTo(1));
    pushed.set(10, replacement);

    assertThat(
            Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", w.tenant().id()))
        .isEqualTo(60);
    JsonPath hour =
        read(w.tenant(), "domain", "SMART_CITY", first, first.plus(1, ChronoUnit.HOURS), "hour")
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

    push(w.tenant().operator(), batch)
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
    push(w.tenant().operator(), List.of(incomplete))
        .statusCode(400)
        .body("errors[0].field", equalTo("points[0].latencyP99Ms"));
    push(w.tenant().operator(), points(random, w.deployment(), w.site(), hourStart(24), 1001))
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
    push(a.tenant().operator(), batch)
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

    push(b.tenant().operator(), List.of(point(random, b.deployment(), b.site(), minute)))
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
    String otherSite = t.createSite(TenantWorld.site(otherSiteName));
    Random random = new Random(11);
    Instant minute = hourStart(1);

    push(t.viewer(), List.of(point(random, w.deployment(), w.site(), minute))).statusCode(403);
    push(bearer(t.token("VIEWER")), List.of(point(random, w.deployment(), w.site(), minute)))
        .statusCode(403);

    String agentHere = nodeCredential(t, w.siteName());
    String agentElsewhere = nodeCredential(t, otherSiteName);
    push(bearer(agentHere), List.of(point(random, w.deployment(), w.site(), minute)))
        .statusCode(200)
        .body("accepted", equalTo(1));
    push(bearer(agentElsewhere), List.of(point(random, w.deployment(), w.site(), minute)))
        .statusCode(403)
        .contentType("application/problem+json");
    push(bearer(agentElsewhere), List.of(point(random, w.deployment(), otherSite, minute)))
        .statusCode(200);
    bearer(agentHere).queryParam("domain", "city").get("/api/v1/metrics").then().statusCode(403);
    push(t.admin(), List.of(point(random, w.deployment(), w.site(), minute.plusSeconds(60))))
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
    push(bearer(agentA), List.of(fromA)).statusCode(200);
    push(bearer(agentB), List.of(fromB)).statusCode(200);
    push(t.operator(), List.of(fromOperator)).statusCode(200);
    assertMinuteAndHour(w, minute, List.of(fromA, fromB, fromOperator));

    // a re-push (the agent's retry after a timeout, or a corrected minute) replaces that node's
    // minute only
    Map<String, Object> correctedA = point(random, w.deployment(), w.site(), minute);
    push(bearer(agentA), List.of(correctedA)).statusCode(200);
    push(bearer(agentA), List.of(correctedA)).statusCode(200);
    assertMinuteAndHour(w, minute, List.of(correctedA, fromB, fromOperator));
    assertThat(Sql.count("SELECT count(*) FROM metric_minutes WHERE tenant_id = ?", t.id()))
        .isEqualTo(3);
  }

  private static void assertMinuteAndHour(
      TenantWorld w, Instant minute, List<Map<String, Object>> sources) {
    JsonPath minutes =
        read(w.tenant(), "deploymentId", w.deployment(), minute, minute.plusSeconds(60), "minute")
            .body("points", hasSize(1))
            .extract()
            .jsonPath();
    assertBucket(minutes, "points[0]", sources, 60);
    Instant hour = minute.truncatedTo(ChronoUnit.HOURS);
    JsonPath hours =
        read(w.tenant(), "domain", "city", hour, hour.plus(1, ChronoUnit.HOURS), "hour")
            .body("points", hasSize(1))
            .extract()
            .jsonPath();
    assertBucket(hours, "points[0]", sources, 3600);
  }

  /** Pushes the points as {@code as}. */
  private static ValidatableResponse push(
      RequestSpecification as, List<Map<String, Object>> points) {
    return as.body(body(points)).post("/api/v1/metrics").then();
  }

  /** What a viewer reads for one filter ({@code deploymentId}, {@code siteId}, {@code domain}). */
  private static ValidatableResponse read(
      TestTenant t, String filter, String value, Instant from, Instant to, String resolution) {
    return t.viewer()
        .queryParam(filter, value)
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .queryParam("resolution", resolution)
        .get("/api/v1/metrics")
        .then()
        .statusCode(200);
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
