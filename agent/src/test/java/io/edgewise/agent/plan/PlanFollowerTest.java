package io.edgewise.agent.plan;

import static io.edgewise.agent.link.RunningLink.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.FakeControlPlane;
import io.edgewise.agent.link.RunningLink;
import io.edgewise.agent.serving.ModelServer;
import io.edgewise.agent.serving.ServingEvents;
import io.edgewise.agent.serving.ServingPlan;
import io.edgewise.agent.serving.ServingPlan.Route;
import io.edgewise.agent.serving.ServingSettings;
import io.edgewise.agent.store.ModelStore;
import io.edgewise.registry.onnx.TestModels;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFollowerTest {
  private static final String DEPLOYMENT = "11111111-1111-4111-8111-111111111111";
  private static final String OTHER = "22222222-2222-4222-8222-222222222222";

  @TempDir Path dataDir;
  private FakeControlPlane plane;
  private RunningLink link;
  private ModelStore store;
  private PlanFollower follower;
  private Thread thread;
  private final ModelServer server =
      new ModelServer(ServingEvents.NONE, ServingSettings.defaults());
  private String whole;
  private String tail;
  private String standby;

  @BeforeEach
  void start() throws Exception {
    plane = new FakeControlPlane();
    whole = plane.nodeApi.artifact(TestModels.cnn(1).toByteArray());
    tail = plane.nodeApi.artifact(TestModels.cnn(2).toByteArray());
    standby = plane.nodeApi.artifact(TestModels.residual(3).toByteArray());
  }

  @AfterEach
  void stop() throws Exception {
    if (follower != null) {
      follower.stop();
      thread.join(5_000);
      store.close();
    }
    server.close();
    link.close();
    plane.close();
  }

  @Test
  void aNewPlanAnnouncedByAHeartbeatIsServedWithItsArtifacts() throws Exception {
    run(
        Duration.ofSeconds(60),
        Duration.ofMillis(50)); // polls only when a heartbeat announces a plan
    await(() -> plane.nodeApi.assignmentFetches.get() >= 1, "first fetch right after registering");
    plane.nodeApi.plan(assignments("plan-1", DEPLOYMENT, 4, true));
    await(() -> server.plan().files().size() == 3, "plan-1 served with its files");
    ServingPlan plan = server.plan();
    assertThat(plan.routes()).containsOnlyKeys(DEPLOYMENT);
    Route route = plan.routes().get(DEPLOYMENT);
    assertThat(route)
        .isEqualTo(new Route(DEPLOYMENT, "v1", whole, "3", tail, 4, 100.0, 3 * 32 * 32 * 4));
    assertThat(plan.resident()).containsExactly(standby);
    assertThat(plan.files()).containsOnlyKeys(whole, tail, standby);
    assertThat(plan.files().get(whole))
        .isEqualTo(dataDir.resolve("models").resolve(whole + ".onnx"));
  }

  @Test
  void aChangedAnswerIsPickedUpWithinOnePollIntervalAndA304ChangesNothing() throws Exception {
    plane.nodeApi.plan(assignments("plan-1", DEPLOYMENT, 1, false));
    run(Duration.ofMillis(200), Duration.ofSeconds(60));
    await(
        () ->
            server.plan().routes().containsKey(DEPLOYMENT)
                && server.plan().files().containsKey(whole),
        "plan-1");
    ServingPlan before = server.plan();
    int requests = plane.nodeApi.requestsFor(whole);
    int notModified = plane.nodeApi.notModified.get();
    await(() -> plane.nodeApi.notModified.get() >= notModified + 3, "three 304s");
    assertThat(server.plan()).isSameAs(before);
    assertThat(plane.nodeApi.requestsFor(whole)).isEqualTo(requests);

    long changed = System.nanoTime();
    plane.nodeApi.plan(
        assignments("plan-1", OTHER, 2, false)); // same plan id: only the poll can see it
    await(() -> server.plan().routes().containsKey(OTHER), "the changed assignments");
    assertThat(Duration.ofNanos(System.nanoTime() - changed))
        .isLessThan(Duration.ofMillis(200 + 300));
    assertThat(server.plan().routes()).containsOnlyKeys(OTHER);
    assertThat(server.plan().routes().get(OTHER).maxBatch()).isEqualTo(2);
  }

  @Test
  void anOutageKeepsTheLastPlanServed() throws Exception {
    plane.nodeApi.plan(assignments("plan-1", DEPLOYMENT, 1, true));
    run(Duration.ofMillis(50), Duration.ofMillis(50));
    await(() -> server.plan().files().size() == 3, "plan-1 with its files");
    ServingPlan before = server.plan();
    int fetches = plane.nodeApi.assignmentFetches.get();
    plane.failNext(1_000_000, 503);
    await(() -> plane.rejected.get() >= 10, "ten failed requests");
    plane.nodeApi.assignmentsStatus = 500;
    plane.failNext(0, 503);
    await(() -> plane.nodeApi.assignmentFetches.get() >= fetches + 3, "three 500s");
    assertThat(server.plan()).isEqualTo(before);
    assertThat(store.files()).containsKeys(whole, tail, standby);
  }

  @Test
  void aRefusedCredentialMakesTheLinkRegisterAgain() throws Exception {
    plane.nodeApi.plan(assignments("plan-1", DEPLOYMENT, 1, false));
    run(
        Duration.ofMillis(50),
        Duration.ofSeconds(60)); // the link alone would not notice for a minute
    await(() -> server.plan().routes().containsKey(DEPLOYMENT), "plan-1");
    String old = link.link.registration().orElseThrow().credential();
    plane.revokeCredentials();
    await(
        () -> link.link.registration().map(r -> !r.credential().equals(old)).orElse(false),
        "registered again");
    assertThat(plane.registrations.get()).isEqualTo(2);
    int fetches = plane.nodeApi.assignmentFetches.get();
    await(() -> plane.nodeApi.assignmentFetches.get() > fetches, "polling with the new credential");
    assertThat(server.plan().routes()).containsOnlyKeys(DEPLOYMENT);
  }

  private void run(Duration poll, Duration heartbeat) throws Exception {
    link = new RunningLink(plane, dataDir, heartbeat);
    store =
        new ModelStore(
            dataDir,
            1L << 30,
            new ControlPlaneClient(plane.url()),
            link.link,
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), new Random(2)),
            () -> follower.storeChanged());
    follower =
        new PlanFollower(
            new ControlPlaneClient(plane.url()),
            link.link,
            store,
            server,
            poll,
            new OnnxInputBytes());
    link.link.onHeartbeat(answer -> follower.planAnnounced(answer.planId()));
    thread = new Thread(follower, "follower-under-test");
    thread.start();
    link.start();
  }

  private String assignments(String planId, String deployment, int batch, boolean split) {
    String artifact = "{\"sha256\":\"%s\",\"sizeBytes\":%d,\"url\":\"/api/v1/agent/artifacts/%s\"}";
    String splitJson =
        split
            ? "{\"cut\":\"3\",\"deviceLayers\":3,\"inputs\":[{\"name\":\"p1\",\"dtype\":\"FLOAT32\","
                  + "\"shape\":[-1,8,16,16]}],\"tail\":"
                + artifact.formatted(tail, 100, tail)
                + "}"
            : "null";
    return "{\"planId\":\""
        + planId
        + "\",\"planCreatedAt\":\"2026-11-28T00:00:00Z\",\"assignments\":["
        + "{\"deploymentId\":\""
        + deployment
        + "\",\"deploymentName\":\"d\",\"modelId\":\"m\",\"versionId\":\"v1\","
        + "\"gpuIndex\":0,\"batchSize\":"
        + batch
        + ",\"latencySloMs\":100.0,\"whole\":"
        + artifact.formatted(whole, 100, whole)
        + ",\"split\":"
        + splitJson
        + ",\"note\":null}],\"resident\":"
        + (split
            ? "[{\"versionId\":\"v9\",\"gpuIndex\":0,"
                + "\"sha256\":\""
                + standby
                + "\",\"sizeBytes\":100,\"url\":\"/api/v1/agent/artifacts/"
                + standby
                + "\"}]"
            : "[]")
        + ",\"futureField\":1}";
  }
}
