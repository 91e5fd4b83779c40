package io.edgewise.agent;

import com.sun.net.httpserver.HttpServer;
import io.edgewise.agent.link.AgentLink;
import io.edgewise.agent.link.ConnectionState.Phase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** {@code GET /health} on the agent's port: 200 while the control plane answers heartbeats, else 503; for probes. */
final class HealthEndpoint {
  private HealthEndpoint() {}

  static HttpServer start(int port, AgentLink link) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", exchange -> {
      Phase phase = link.state().phase();
      String node = link.registration().map(r -> "\"" + r.nodeId() + "\"").orElse("null");
      byte[] body = ("{\"state\":\"" + phase + "\",\"nodeId\":" + node + "}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(phase == Phase.CONNECTED ? 200 : 503, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }
}
