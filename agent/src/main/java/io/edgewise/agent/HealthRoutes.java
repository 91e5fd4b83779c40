package io.edgewise.agent;

import io.edgewise.agent.link.ConnectionState.Phase;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code GET /health}: 200 while the control plane answers heartbeats, else 503 (also while
 * booting); for probes.
 */
@ApplicationScoped
public class HealthRoutes {

  @Inject AgentRuntime runtime;

  void routes(@Observes Router router) {
    router
        .get("/health")
        .handler(
            ctx -> {
              String body =
                  runtime
                      .link()
                      .map(
                          link -> {
                            String node =
                                link.registration()
                                    .map(r -> "\"" + r.nodeId() + "\"")
                                    .orElse("null");
                            return "{\"state\":\""
                                + link.state().phase()
                                + "\",\"nodeId\":"
                                + node
                                + "}";
                          })
                      .orElse("{\"state\":\"STARTING\",\"nodeId\":null}");
              boolean connected =
                  runtime.link().map(l -> l.state().phase() == Phase.CONNECTED).orElse(false);
              ctx.response()
                  .setStatusCode(connected ? 200 : 503)
                  .putHeader("Content-Type", "application/json")
                  .end(body);
            });
  }
}
