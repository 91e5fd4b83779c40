package io.edgewise.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.edgewise.registry.profiling.ProfilingRunner;
import io.edgewise.testing.Sql;
import io.edgewise.testing.TenantWorld;
import io.edgewise.testing.TestTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Percentage;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Uploads queue a profiling job; the runner times the model on this machine's CPU with DJL's ONNX
 * Runtime engine.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProfilingApiTest {

  private static final Logger LOG = Logger.getLogger(ProfilingApiTest.class);
  private static final String CPU = "control-plane-cpu";

  @Inject ProfilingRunner runner;

  @Test
  void anUploadIsQueuedThenProfiledIntoAMeasuredProfileThatMatchesTheGraph() {
    TestTenant t = TestTenant.create("profiling");
    String model = RegistryFixtures.createModel(t, "cnn");
    String version = t.uploadVersion(model, "1.0.0", ProfilingModels.cnn().toByteArray());
    job(t, model, version)
        .body("state", equalTo("QUEUED"))
        .body("progress", equalTo(0f))
        .body("attempts", equalTo(0))
        .body("requestedBy", equalTo(t.operatorEmail()))
        .body("modelVersionId", equalTo(version));

    assertThat(runner.runDue()).isPositive();

    JsonPath job =
        job(t, model, version)
            .body("state", equalTo("SUCCEEDED"))
            .body("progress", equalTo(1f))
            .body("attempts", equalTo(1))
            .body("startedAt", notNullValue())
            .body("finishedAt", notNullValue())
            .body("step", containsString("stored a MEASURED profile"))
            .extract()
            .jsonPath();
    LOG.infof("Profiling the test CNN: %s", job.getString("step"));
    JsonPath profile =
        profile(t, model, version)
            .body("source", equalTo("MEASURED"))
            .body("layers", hasSize(8))
            .body("inputBytes", equalTo(12_288))
            .extract()
            .jsonPath();
    List<Map<String, Object>> layers = profile.getList("layers");
    assertThat(layers)
        .extracting(l -> l.get("name"))
        .containsExactly("conv1", "relu1", "pool1", "conv2", "relu2", "gap", "flatten", "fc");
    // OnnxGraph's figures (docs/onnx.md): conv1 8·32·32·(2·27+1) FLOPs, 8·32·32 floats out; conv2
    // 16·8·8·(2·72+1), 16·8·8 floats; fc 2·16·10+10, 10 floats
    assertThat(((Number) layers.get(0).get("gflops")).doubleValue())
        .isCloseTo(450_560e-9, within(1e-10)); // JSON numbers arrive as floats
    assertThat(((Number) layers.get(3).get("gflops")).doubleValue())
        .isCloseTo(148_480e-9, within(1e-10)); // JSON numbers arrive as floats
    assertThat(((Number) layers.get(7).get("gflops")).doubleValue())
        .isCloseTo(330e-9, within(1e-10)); // JSON numbers arrive as floats
    assertThat(layers)
        .extracting(l -> ((Number) l.get("outputBytes")).longValue())
        .containsExactly(32_768L, 32_768L, 8_192L, 4_096L, 4_096L, 64L, 64L, 40L);
    assertThat(layers)
        .extracting(l -> l.get("inputs"))
        .containsExactly(
            List.of(),
            List.of(0),
            List.of(1),
            List.of(2),
            List.of(3),
            List.of(4),
            List.of(5),
            List.of(6));
    List<Double> ms =
        layers.stream()
            .map(l -> ((Map<String, Number>) l.get("measuredMs")).get(CPU).doubleValue())
            .toList();
    assertThat(ms).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(0));
    // one layer's share can measure 0 on a loaded machine (a difference of two medians, clamped);
    // the whole model cannot
    assertThat(ms.stream().mapToDouble(Double::doubleValue).sum())
        .as("full model minus the call overhead")
        .isPositive();
  }

  @Test
  void profilingAgainReplacesTheProfileTheFirstRunStored() {
    TestTenant t = TestTenant.create("reprofile");
    String model = RegistryFixtures.createModel(t, "cnn");
    String version = t.uploadVersion(model, "1.0.0", ProfilingModels.cnn().toByteArray());
    assertThat(runner.runDue()).isPositive();
    job(t, model, version).body("state", equalTo("SUCCEEDED"));
    int stored = profile(t, model, version).extract().path("version");

    t.operator().post(jobPath(model, version)).then().statusCode(202);
    assertThat(runner.runDue()).isPositive();

    job(t, model, version)
        .body("state", equalTo("SUCCEEDED"))
        .body("step", containsString("stored a MEASURED profile"));
    profile(t, model, version)
        .body("source", equalTo("MEASURED"))
        .body("version", equalTo(stored + 1));
  }

  @Test
  void anOperatorOnnxRuntimeLacksFailsTheJobReadablyAndLeavesAnEstimatedProfile() {
    TestTenant t = TestTenant.create("profiling-op");
    String model = RegistryFixtures.createModel(t, "odd");
    String version =
        t.uploadVersion(model, "1.0.0", ProfilingModels.cnnWithUnknownOperator().toByteArray());
    runner.runDue();
    job(t, model, version)
        .body("state", equalTo("FAILED"))
        .body("progress", equalTo(1f))
        .body("error", containsString("ONNX Runtime cannot load"))
        .body("error", containsString("Softsign2"))
        .body("error", containsString("stored an ESTIMATED profile"));
    profile(t, model, version)
        .body("source", equalTo("ESTIMATED"))
        .body("layers", hasSize(9))
        .body("layers[2].name", equalTo("mystery"))
        // an operator without a FLOP formula: unknown work, never 0 GFLOP; its size comes from the
        // model's own value_info declaration
        .body("layers[2].gflops", nullValue())
        .body("layers[2].outputBytes", equalTo(32_768))
        .body("layers[2].op", equalTo("Softsign2"))
        .body("unknownCosts", equalTo(List.of("mystery")))
        .body("totalGflops", nullValue());
  }

  @Test
  void aGraphThatCannotBeAnalysedFailsNamingTheFaultAndStoresNoProfile() {
    TestTenant t = TestTenant.create("profiling-bad");
    String model = RegistryFixtures.createModel(t, "broken");
    String version =
        t.uploadVersion(model, "1.0.0", ProfilingModels.cnnWithDanglingInput().toByteArray());
    runner.runDue();
    job(t, model, version)
        .body("state", equalTo("FAILED"))
        .body("error", containsString("the graph cannot be analysed"))
        .body("error", containsString("nowhere"));
    t.viewer().get(profilePath(model, version)).then().statusCode(404);
  }

  @Test
  void operatorsRequeueButNotWhileAJobRunsAndViewersCannot() {
    TestTenant t = TestTenant.create("profiling-requeue");
    String model = RegistryFixtures.createModel(t, "cnn");
    String version = t.uploadVersion(model, "1.0.0", ProfilingModels.cnn().toByteArray());
    String first = t.viewer().get(jobPath(model, version)).then().extract().path("id");
    t.operator()
        .post(jobPath(model, version))
        .then()
        .statusCode(202)
        .body("id", equalTo(first))
        .body("state", equalTo("QUEUED"));

    Sql.update(
        "UPDATE profiling_jobs SET state = 'RUNNING', step = 'timing prefix 3 of 8' WHERE id = ?",
        UUID.fromString(first));
    t.operator()
        .post(jobPath(model, version))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("timing prefix 3 of 8"));
    t.viewer()
        .post(jobPath(model, version))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    Sql.update(
        "UPDATE profiling_jobs SET state = 'FAILED', progress = 1 WHERE id = ?",
        UUID.fromString(first));
    String second =
        t.operator()
            .post(jobPath(model, version))
            .then()
            .statusCode(202)
            .body("state", equalTo("QUEUED"))
            .body("requestedBy", equalTo(t.operatorEmail()))
            .extract()
            .path("id");
    assertThat(second).isNotEqualTo(first);
    job(t, model, version).body("id", equalTo(second));
    t.viewer().post(jobPath(model, version)).then().statusCode(403);
  }

  @Test
  void anotherTenantCannotSeeOrQueueTheJob() throws SQLException {
    TestTenant a = TestTenant.create("profiling-a");
    TestTenant b = TestTenant.create("profiling-b");
    String model = RegistryFixtures.createModel(a, "cnn");
    String version = a.uploadVersion(model, "1.0.0", ProfilingModels.cnn().toByteArray());
    job(a, model, version);
    b.admin()
        .get(jobPath(model, version))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    b.admin().post(jobPath(model, version)).then().statusCode(404);
    assertThat(
            Sql.count(
                "SELECT count(*) FROM profiling_jobs WHERE model_version_id = ?",
                UUID.fromString(version)))
        .isEqualTo(1);
    assertThat(visibleJobs(b.id(), version))
        .as("row-level security hides a's job from b's connections")
        .isZero();
    assertThat(visibleJobs(a.id(), version)).isEqualTo(1);
  }

  /**
   * Jobs of {@code version} visible to the application's role bound to {@code tenant}, with no
   * tenant filter in the query.
   */
  private static long visibleJobs(UUID tenant, String version) throws SQLException {
    try (Connection c = Sql.asApplication();
        PreparedStatement bind = c.prepareStatement("select set_config('app.tenant', ?, false)");
        PreparedStatement count =
            c.prepareStatement("select count(*) from profiling_jobs where model_version_id = ?")) {
      bind.setString(1, tenant.toString());
      bind.execute();
      count.setObject(1, UUID.fromString(version));
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void thePlannerUsesTheMeasuredTimesForHardwareOfTheSameName() {
    TestTenant t = TestTenant.create("profiling-plan");
    String model = RegistryFixtures.createModel(t, "cnn");
    String version = t.uploadVersion(model, "1.0.0", ProfilingModels.cnn().toByteArray());
    runner.runDue();
    List<Map<String, Object>> layers =
        profile(t, model, version).extract().jsonPath().getList("layers");
    double measuredTotal =
        layers.stream()
            .mapToDouble(l -> ((Map<String, Number>) l.get("measuredMs")).get(CPU).doubleValue())
            .sum();

    // a fleet whose device class is the control plane's CPU key: its device-side times are the
    // measured ones
    String site =
        t.admin()
            .body(TenantWorld.site("site-" + t.slug()))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> fleet = new HashMap<>(TenantWorld.fleet("cpus", site));
    fleet.put("deviceClass", CPU);
    String fleetId =
        t.operator().body(fleet).post("/api/v1/fleets").then().statusCode(201).extract().path("id");
    Map<String, Object> slowDevice = new HashMap<>(TenantWorld.device("box-1"));
    slowDevice.put("computeGflops", 0.01);
    t.operator()
        .body(slowDevice)
        .post("/api/v1/fleets/" + fleetId + "/devices")
        .then()
        .statusCode(201);
    Map<String, Object> deployment =
        new HashMap<>(TenantWorld.deployment("classify", version, fleetId, site));
    deployment.remove("minAccuracy");
    t.operator().body(deployment).post("/api/v1/deployments").then().statusCode(201);

    JsonPath plan = t.operator().post("/api/v1/plans").then().statusCode(201).extract().jsonPath();
    Map<String, Object> partition =
        (Map<String, Object>)
            plan.getMap("deployments.find { it.deploymentName == 'classify' }").get("partition");
    assertThat(partition.get("profileSource")).isEqualTo("MEASURED");
    double deviceOnlyMs =
        ((Map<String, Number>) partition.get("deviceOnly")).get("deviceMs").doubleValue();
    // FLOPs over the device's speed would give 617,802 / 0.01 GFLOPS = 61.8 ms; the measured CPU
    // times are well under 1 ms
    assertThat(deviceOnlyMs)
        .as("device-only compute = the sum of the measured layer times (JSON floats)")
        .isCloseTo(measuredTotal, Percentage.withPercentage(0.001));
  }

  /** The version's profiling job as a viewer reads it. */
  private static ValidatableResponse job(TestTenant t, String model, String version) {
    return t.viewer().get(jobPath(model, version)).then().statusCode(200);
  }

  /** The version's stored profile as a viewer reads it. */
  private static ValidatableResponse profile(TestTenant t, String model, String version) {
    return t.viewer().get(profilePath(model, version)).then().statusCode(200);
  }

  private static String jobPath(String model, String version) {
    return "/api/v1/models/" + model + "/versions/" + version + "/profiling";
  }

  private static String profilePath(String model, String version) {
    return "/api/v1/models/" + model + "/versions/" + version + "/profile";
  }
}
