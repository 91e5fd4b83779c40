package io.edgewise.agent.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.hardware.GpuReading;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.link.ConnectionState.Phase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentLinkTest {
  private static final String AGENT_ID = "machine-test-1";
  private static final List<GpuReading> GPUS =
      List.of(new GpuReading(0, "Tesla T4", 15360L, 5120L, 62.0, "7.5", null));

  @TempDir Path dataDir;
  private FakeControlPlane controlPlane;
  private AgentLink link;
  private Thread thread;

  @BeforeEach
  void startControlPlane() throws Exception {
    controlPlane = new FakeControlPlane();
  }

  @AfterEach
  void stopAll() throws Exception {
    stopAgent();
    controlPlane.close();
  }

  @Test
  void registersOnceThenHeartbeats() {
    startAgent(FakeControlPlane.SITE);
    await(() -> controlPlane.heartbeats.get() >= 3);
    assertThat(controlPlane.registrations.get()).isEqualTo(1);
    assertThat(link.state().phase()).isEqualTo(Phase.CONNECTED);
    assertThat(link.registration().orElseThrow().nodeId()).isEqualTo(controlPlane.nodeOf(AGENT_ID));
  }

  @Test
  void recoversAfterTheControlPlaneAnswers503() {
    controlPlane.failNext(4, 503);
    startAgent(FakeControlPlane.SITE);
    await(() -> controlPlane.rejected.get() == 4);
    await(() -> controlPlane.heartbeats.get() >= 2);
    assertThat(link.state().phase()).isEqualTo(Phase.CONNECTED);
    assertThat(controlPlane.registrations.get()).isEqualTo(1);
  }

  @Test
  void keepsRetryingWhileTheControlPlaneIsDown() throws Exception {
    controlPlane.close();
    startAgent(FakeControlPlane.SITE);
    await(() -> link.state().phase() == Phase.UNREACHABLE);
    Thread.sleep(200);
    assertThat(thread.isAlive()).isTrue();
  }

  @Test
  void registersAgainWhenTheCredentialIsRevokedAndKeepsItsNode() {
    startAgent(FakeControlPlane.SITE);
    await(() -> controlPlane.heartbeats.get() >= 1);
    UUID node = link.registration().orElseThrow().nodeId();
    controlPlane.revokeCredentials();
    await(() -> controlPlane.registrations.get() == 2);
    int before = controlPlane.heartbeats.get();
    await(() -> controlPlane.heartbeats.get() > before);
    assertThat(link.registration().orElseThrow().nodeId()).isEqualTo(node);
    assertThat(new RegistrationStore(dataDir).load(AGENT_ID).orElseThrow().credential())
        .isEqualTo(link.registration().orElseThrow().credential());
  }

  @Test
  void restartedAgentReusesItsStoredRegistration() {
    UUID node = registeredNodeOfAStoppedAgent();

    startAgent(FakeControlPlane.SITE);
    int before = controlPlane.heartbeats.get();
    await(() -> controlPlane.heartbeats.get() > before);
    assertThat(controlPlane.registrations.get()).isEqualTo(1);
    assertThat(link.registration().orElseThrow().nodeId()).isEqualTo(node);
  }

  @Test
  void restartedAgentWithARevokedCredentialRegistersAgainAsTheSameNode() {
    UUID node = registeredNodeOfAStoppedAgent();
    controlPlane.revokeCredentials();

    startAgent(FakeControlPlane.SITE);
    await(() -> controlPlane.registrations.get() == 2 && link.state().phase() == Phase.CONNECTED);
    assertThat(link.registration().orElseThrow().nodeId()).isEqualTo(node);
  }

  @Test
  void unknownSiteIsRetriedWithoutEverConnecting() throws Exception {
    startAgent("no-such-site");
    await(() -> link.state().phase() == Phase.UNREACHABLE);
    Thread.sleep(100);
    assertThat(controlPlane.registrations.get()).isZero();
    assertThat(thread.isAlive()).isTrue();
  }

  @Test
  void aCpuOnlyNodeHeartbeatsItsCpuAndModelsAndHearsThePlanId() throws Exception {
    controlPlane.planId = "plan-7";
    var models = List.of(new AgentProtocol.ModelReport("v1", "a".repeat(64), "LOADED", 41.3, null));
    var planIds = new CopyOnWriteArrayList<String>();
    try (RunningLink cpuOnly = cpuOnlyReporting(() -> models)) {
      cpuOnly.link.onHeartbeat(answer -> planIds.add(answer.planId()));
      cpuOnly.start();
      await(() -> planIds.size() >= 2);
      assertThat(planIds).containsOnly("plan-7");
      assertThat(controlPlane.lastModels.toString())
          .isEqualTo(
              "[{\"versionId\":\"v1\",\"sha256\":\""
                  + "a".repeat(64)
                  + "\",\"state\":\"LOADED\",\"loadMs\":41.3,\"error\":null}]");
      assertThat(controlPlane.rejected.get()).isZero();
    }
  }

  @Test
  void heartbeatsRepeatTheModelReportOnlyWhenItChangesOrAfterRegistering() throws Exception {
    var loaded = List.of(new AgentProtocol.ModelReport("v1", "a".repeat(64), "LOADED", 41.3, null));
    var report = new AtomicReference<>(loaded);
    try (RunningLink running = cpuOnlyReporting(report::get)) {
      running.start();
      await(() -> controlPlane.heartbeats.get() >= 6);
      assertThat(controlPlane.modelReports.get()).isEqualTo(1);

      report.set(
          List.of(
              loaded.get(0),
              new AgentProtocol.ModelReport("v2", "b".repeat(64), "LOADING", null, null)));
      await(() -> controlPlane.modelReports.get() == 2);
      assertThat(controlPlane.lastModels.size()).isEqualTo(2);
      int afterChange = controlPlane.heartbeats.get();
      await(() -> controlPlane.heartbeats.get() >= afterChange + 5);
      assertThat(controlPlane.modelReports.get()).isEqualTo(2);

      // a failed heartbeat may or may not have been stored: the next one repeats the report
      controlPlane.failNext(1, 503);
      await(() -> controlPlane.modelReports.get() == 3);
      // so does the first heartbeat of a new registration (the node may have been deleted and made
      // anew)
      controlPlane.revokeCredentials();
      await(() -> controlPlane.registrations.get() == 2 && controlPlane.modelReports.get() == 4);
      assertThat(controlPlane.lastModels.size()).isEqualTo(2);
    }
  }

  @Test
  void aFailingHeartbeatBodyDoesNotEndTheLink() throws Exception {
    var calls = new AtomicInteger();
    try (RunningLink flaky =
        new RunningLink(
            controlPlane,
            dataDir,
            Duration.ofMillis(20),
            () -> {
              if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("a bug in a sampler");
              }
              return AgentProtocol.heartbeat(
                  List.of(), new AgentProtocol.CpuSample(null, 0), List.of());
            })) {
      flaky.start();
      await(() -> controlPlane.heartbeats.get() >= 2);
      assertThat(calls.get()).isGreaterThan(2);
      assertThat(flaky.link.state().phase()).isEqualTo(Phase.CONNECTED);
    }
  }

  /** Starts the agent, waits for its first heartbeat and stops it; the node it registered as. */
  private UUID registeredNodeOfAStoppedAgent() {
    startAgent(FakeControlPlane.SITE);
    await(() -> controlPlane.heartbeats.get() >= 1);
    UUID node = link.registration().orElseThrow().nodeId();
    stopAgent();
    return node;
  }

  /**
   * A CPU-only link heartbeating every 20 ms with a busy CPU and the models {@code models} holds.
   */
  private RunningLink cpuOnlyReporting(Supplier<List<AgentProtocol.ModelReport>> models) {
    return new RunningLink(
        controlPlane,
        dataDir,
        Duration.ofMillis(20),
        () ->
            AgentProtocol.heartbeat(
                List.of(), new AgentProtocol.CpuSample(12.5, 300), models.get()));
  }

  private void startAgent(String site) {
    HostFacts host = new HostFacts(8, 32768, "Test CPU");
    link =
        new AgentLink(
            new ControlPlaneClient(controlPlane.url()),
            new RegistrationStore(dataDir),
            AGENT_ID,
            FakeControlPlane.AGENT_TOKEN,
            () -> AgentProtocol.register(AGENT_ID, site, "edge-1", host, GPUS),
            () -> AgentProtocol.heartbeat(GPUS, new AgentProtocol.CpuSample(null, 0), List.of()),
            Duration.ofMillis(20),
            new Backoff(Duration.ofMillis(5), Duration.ofMillis(40), new Random(7)),
            new ConnectionState(Clock.systemUTC()));
    thread = new Thread(link, "agent-under-test");
    thread.start();
  }

  private void stopAgent() {
    if (link != null) {
      link.stop();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      assertThat(thread.isAlive()).isFalse();
      link = null;
    }
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
