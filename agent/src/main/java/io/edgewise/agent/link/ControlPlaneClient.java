package io.edgewise.agent.link;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agent.link.AgentProtocol.HeartbeatRequest;
import io.edgewise.agent.link.AgentProtocol.HeartbeatResponse;
import io.edgewise.agent.link.AgentProtocol.RegisterRequest;
import io.edgewise.agent.link.AgentProtocol.RegisterResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The two agent endpoints over the JDK HTTP client; every failure, network or HTTP, is a {@link ControlPlaneException}. */
public class ControlPlaneClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI base;

  public ControlPlaneClient(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  /** Registers with the tenant's AGENT token, or with the node's own credential (both are accepted). */
  public RegisterResponse register(String bearer, RegisterRequest body) throws ControlPlaneException {
    return post("/api/v1/agent/register", bearer, body, RegisterResponse.class);
  }

  public HeartbeatResponse heartbeat(String credential, HeartbeatRequest body) throws ControlPlaneException {
    return post("/api/v1/agent/heartbeat", credential, body, HeartbeatResponse.class);
  }

  private <T> T post(String path, String bearer, Object body, Class<T> answer) throws ControlPlaneException {
    try {
      HttpRequest request = HttpRequest.newBuilder(base.resolve(base.getPath() + path)).timeout(TIMEOUT)
          .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new ControlPlaneException(response.statusCode(),
            path + " answered " + response.statusCode() + ": " + abbreviate(response.body()), null);
      }
      return json.readValue(response.body(), answer);
    } catch (IOException e) {
      throw new ControlPlaneException(0, path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ControlPlaneException(0, path + " interrupted", e);
    }
  }

  private static String abbreviate(String body) {
    String s = body == null ? "" : body.strip();
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }
}
