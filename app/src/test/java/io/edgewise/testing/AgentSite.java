package io.edgewise.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A fresh tenant's MEC site and the agents registered at it, each of which has sent one heartbeat,
 * built through the API: the part the planning and agent worlds share.
 */
public record AgentSite(
    TestTenant tenant, String site, List<String> nodes, List<String> credentials) {

  /**
   * Creates tenant {@code prefix} with MEC site {@code siteName} (1,000 Mbit/s uplink, 10 ms RTT),
   * registers {@code agents} agents at it with an AGENT token, agent {@code n} as {@code
   * registration.apply(n)}, and passes each credential to {@code heartbeat}.
   */
  public static AgentSite create(
      String prefix,
      String siteName,
      int agents,
      IntFunction<Map<String, Object>> registration,
      Consumer<String> heartbeat) {
    TestTenant t = TestTenant.create(prefix);
    String site = mecSite(t, siteName);
    String agentToken = t.token("AGENT");
    List<String> nodes = new ArrayList<>();
    List<String> credentials = new ArrayList<>();
    for (int n = 0; n < agents; n++) {
      var registered = TestTenant.registerAgent(agentToken, registration.apply(n));
      nodes.add(registered.path("nodeId"));
      credentials.add(registered.path("credential"));
      heartbeat.accept(registered.path("credential"));
    }
    return new AgentSite(t, site, List.copyOf(nodes), List.copyOf(credentials));
  }

  /**
   * Creates MEC site {@code name} (1,000 Mbit/s uplink, 10 ms RTT) as the admin; returns its id.
   */
  public static String mecSite(TestTenant t, String name) {
    return t.createSite(Map.of("name", name, "paradigm", "MEC", "uplinkMbps", 1000, "rttMs", 10));
  }
}
