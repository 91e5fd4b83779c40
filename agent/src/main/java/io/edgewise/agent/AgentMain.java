package io.edgewise.agent;

import io.edgewise.agent.config.AgentSettings;
import io.edgewise.agent.config.InvalidSettingException;
import io.edgewise.agent.hardware.HostFacts;
import io.edgewise.agent.hardware.NvidiaSmi;
import io.edgewise.agent.link.AgentIdentity;
import io.edgewise.agent.link.AgentLink;
import io.edgewise.agent.link.AgentProtocol;
import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ConnectionState;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.RegistrationStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/** Starts the edge agent: settings from the environment (exit 2 on a bad one), discovery, the link, the health port. */
public final class AgentMain {
  private AgentMain() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s - %5$s%6$s%n");
    Logger log = Logger.getLogger(AgentMain.class.getName());
    AgentSettings settings;
    try {
      settings = AgentSettings.fromEnvironment(System.getenv());
    } catch (InvalidSettingException e) {
      log.severe("invalid setting: " + e.getMessage());
      System.exit(2);
      return;
    }
    String agentId = AgentIdentity.resolve(Path.of("/etc/machine-id"), settings.dataDir());
    HostFacts host = HostFacts.read();
    NvidiaSmi gpus = NvidiaSmi.onPath();
    String hostname = hostname();
    AgentLink link = new AgentLink(new ControlPlaneClient(settings.controlPlane()), new RegistrationStore(settings.dataDir()),
        agentId, settings.agentToken(),
        () -> AgentProtocol.register(agentId, settings.site(), hostname, host, gpus.get()),
        () -> AgentProtocol.heartbeat(gpus.get()), settings.heartbeatEvery(), Backoff.standard(),
        new ConnectionState(Clock.systemUTC()));
    var health = HealthEndpoint.start(settings.port(), link);
    Thread worker = new Thread(link, "edgewise-agent-link");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      link.stop();
      health.stop(0);
    }));
    worker.start();
    log.info("agent " + agentId + " (" + host.cpuCores() + " cores, " + host.memoryMib() + " MiB) for " + settings.controlPlane()
        + ", site " + settings.site() + ", health on :" + settings.port() + "; started in "
        + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
  }

  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return System.getenv("HOSTNAME");
    }
  }
}
