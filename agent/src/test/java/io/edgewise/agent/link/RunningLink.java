package io.edgewise.agent.link;

import io.edgewise.agent.hardware.HostFacts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A real {@link AgentLink} of a CPU-only node on its own thread against a {@link FakeControlPlane},
 * heartbeating every {@code every}; for the tests of the parts that use the node credential.
 */
public final class RunningLink implements AutoCloseable {
  public static final String AGENT_ID = "machine-test-parts";
  public final AgentLink link;
  private final Thread thread;

  public RunningLink(
      FakeControlPlane plane,
      Path dataDir,
      Duration every,
      Supplier<AgentProtocol.HeartbeatRequest> heartbeat) {
    HostFacts host = new HostFacts(2, 4096, "Test CPU");
    link =
        new AgentLink(
            new ControlPlaneClient(plane.url()),
            new RegistrationStore(dataDir),
            AGENT_ID,
            FakeControlPlane.AGENT_TOKEN,
            () ->
                AgentProtocol.register(AGENT_ID, FakeControlPlane.SITE, "edge-t", host, List.of()),
            heartbeat,
            every,
            new Backoff(Duration.ofMillis(5), Duration.ofMillis(40), new Random(3)),
            new ConnectionState(Clock.systemUTC()));
    thread = new Thread(link, "link-under-test");
  }

  public RunningLink(FakeControlPlane plane, Path dataDir, Duration every) {
    this(
        plane,
        dataDir,
        every,
        () -> AgentProtocol.heartbeat(List.of(), new AgentProtocol.CpuSample(null, 0), List.of()));
  }

  /** Starts the link and waits for its registration. */
  public RunningLink start() {
    thread.start();
    await(() -> link.registration().isPresent(), "the link registered");
    return this;
  }

  /** Waits up to 10 s for {@code condition}. */
  public static void await(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 10 s: " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    link.stop();
    thread.join(5_000);
  }
}
