package io.edgewise.agent;

import io.edgewise.agent.config.AgentSettings;
import io.edgewise.agent.hardware.CpuAccelerator;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.hardware.NvidiaSmi;
import io.edgewise.agent.link.AgentIdentity;
import io.edgewise.agent.link.AgentLink;
import io.edgewise.agent.link.AgentProtocol;
import io.edgewise.agent.link.AgentProtocol.CpuSample;
import io.edgewise.agent.link.AgentProtocol.HeartbeatRequest;
import io.edgewise.agent.link.AgentProtocol.ModelReport;
import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ConnectionState;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.RegistrationStore;
import io.edgewise.agent.metrics.AgentServingEvents;
import io.edgewise.agent.metrics.MetricsAggregator;
import io.edgewise.agent.metrics.MetricsOutbox;
import io.edgewise.agent.metrics.MetricsPusher;
import io.edgewise.agent.metrics.ProfileUploader;
import io.edgewise.agent.plan.ModelReports;
import io.edgewise.agent.plan.OnnxInputBytes;
import io.edgewise.agent.plan.PlanBuilder;
import io.edgewise.agent.plan.PlanFollower;
import io.edgewise.agent.serving.ModelServer;
import io.edgewise.agent.serving.ModelServer.HeldModel;
import io.edgewise.agent.store.ModelStore;
import io.edgewise.agent.store.StoreIndex.Entry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Owns the agent's long-lived parts, each on a thread of its own: the control-plane link
 * (registration, heartbeats), the plan follower with its model store, and the metrics pusher; plus
 * the profile uploader that serving's events feed. All of them use the link's node credential. HTTP
 * routes read it; {@link AgentApplication} starts and stops it.
 */
@ApplicationScoped
public class AgentRuntime {

  private static final Logger LOG = Logger.getLogger(AgentRuntime.class.getName());

  @Inject ModelServer server;
  @Inject AgentServingEvents events;

  private volatile AgentLink link;
  private ModelStore store;
  private PlanFollower follower;
  private MetricsPusher pusher;
  private ProfileUploader profiles;

  void start(AgentSettings settings) throws IOException {
    String agentId =
        settings.agentId() != null
            ? settings.agentId()
            : AgentIdentity.resolve(Path.of("/etc/machine-id"), settings.dataDir());
    HostFacts host = HostFacts.read();
    NvidiaSmi gpus = NvidiaSmi.onPath();
    String hostname = hostname();
    ControlPlaneClient client = new ControlPlaneClient(settings.controlPlane());
    AgentLink created =
        new AgentLink(
            client,
            new RegistrationStore(settings.dataDir()),
            agentId,
            settings.agentToken(),
            () -> AgentProtocol.register(agentId, settings.site(), hostname, host, gpus.get()),
            () -> heartbeat(gpus),
            settings.heartbeatEvery(),
            Backoff.standard(),
            new ConnectionState(Clock.systemUTC()));
    store =
        new ModelStore(
            settings.dataDir(),
            settings.storeMaxBytes(),
            client,
            created,
            Backoff.standard(),
            () -> follower.storeChanged());
    follower =
        new PlanFollower(
            client, created, store, server, settings.heartbeatEvery(), new OnnxInputBytes());
    created.onHeartbeat(answer -> follower.planAnnounced(answer.planId()));
    MetricsAggregator aggregator =
        new MetricsAggregator(Clock.systemUTC(), id -> server.plan().routes().get(id));
    pusher =
        new MetricsPusher(
            client,
            created,
            aggregator,
            new MetricsOutbox(settings.dataDir(), settings.metricsBufferMaxBytes(), client.json()),
            Clock.systemUTC(),
            Duration.ofSeconds(5),
            siteId(settings.site()));
    String hardwareKey = CpuAccelerator.hardwareKey(host, gpus.get());
    profiles = new ProfileUploader(client, created, hardwareKey, Backoff.standard());
    events.attach(aggregator, profiles);
    link = created;
    thread(created, "edgewise-agent-link");
    thread(follower, "edgewise-plan-follower");
    thread(pusher, "edgewise-metrics-pusher");
    int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
    LOG.info(
        "agent "
            + agentId
            + " ("
            + host.cpuCores()
            + " cores, "
            + host.memoryMib()
            + " MiB, hardware "
            + hardwareKey
            + ") for "
            + settings.controlPlane()
            + ", site "
            + settings.site()
            + ", serving on :"
            + port
            + "; started in "
            + ManagementFactory.getRuntimeMXBean().getUptime()
            + " ms");
  }

  void stop() {
    if (link != null) {
      link.stop();
      follower.stop();
      pusher.stop();
      store.close();
      profiles.close();
    }
  }

  /** The link once started; empty while Quarkus is still booting. */
  public Optional<AgentLink> link() {
    return Optional.ofNullable(link);
  }

  /**
   * The heartbeat body; if the model reports cannot be built, the samples still go without them (a
   * heartbeat must not fail, and the control plane keeps the last report it had).
   */
  private HeartbeatRequest heartbeat(NvidiaSmi gpus) {
    List<HeldModel> held = List.of();
    List<ModelReport> models = null;
    Map<String, Entry> stored = Map.of();
    try {
      held = server.models();
      stored = store.entries();
      models =
          ModelReports.of(held, stored, PlanBuilder.versions(follower.current()), events.loads());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "model reports left out of this heartbeat", e);
    }
    CpuSample cpu =
        new CpuSample(
            CpuAccelerator.loadPct(),
            CpuAccelerator.memoryUsedMib(ModelReports.heldBytes(held, stored)));
    return AgentProtocol.heartbeat(gpus.get(), cpu, models);
  }

  private static void thread(Runnable part, String name) {
    Thread t = new Thread(part, name);
    t.start();
  }

  /**
   * EDGEWISE_SITE when it is a site id (metrics need the id; a name is resolved only by
   * registration).
   */
  private static String siteId(String site) {
    try {
      return UUID.fromString(site).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return System.getenv("HOSTNAME");
    }
  }
}
