package io.edgewise.agent;

import io.edgewise.agent.config.AgentSettings;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.hardware.NvidiaSmi;
import io.edgewise.agent.link.AgentIdentity;
import io.edgewise.agent.link.AgentLink;
import io.edgewise.agent.link.AgentProtocol;
import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ConnectionState;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.RegistrationStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Owns the agent's long-lived parts: discovery and the control-plane link (a thread of its own). HTTP
 * routes read it; {@link AgentApplication} starts and stops it.
 */
@ApplicationScoped
public class AgentRuntime {

  private static final Logger LOG = Logger.getLogger(AgentRuntime.class.getName());

  private volatile AgentLink link;
  private Thread worker;

  void start(AgentSettings settings) throws IOException {
    String agentId = AgentIdentity.resolve(Path.of("/etc/machine-id"), settings.dataDir());
    HostFacts host = HostFacts.read();
    NvidiaSmi gpus = NvidiaSmi.onPath();
    String hostname = hostname();
    link = new AgentLink(new ControlPlaneClient(settings.controlPlane()), new RegistrationStore(settings.dataDir()),
        agentId, settings.agentToken(),
        () -> AgentProtocol.register(agentId, settings.site(), hostname, host, gpus.get()),
        () -> AgentProtocol.heartbeat(gpus.get()), settings.heartbeatEvery(), Backoff.standard(),
        new ConnectionState(Clock.systemUTC()));
    worker = new Thread(link, "edgewise-agent-link");
    worker.start();
    int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
    LOG.info("agent " + agentId + " (" + host.cpuCores() + " cores, " + host.memoryMib() + " MiB) for " + settings.controlPlane()
        + ", site " + settings.site() + ", serving on :" + port + "; started in "
        + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
  }

  void stop() {
    AgentLink current = link;
    if (current != null) {
      current.stop();
    }
  }

  /** The link once started; empty while Quarkus is still booting. */
  public Optional<AgentLink> link() {
    return Optional.ofNullable(link);
  }

  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return System.getenv("HOSTNAME");
    }
  }
}
