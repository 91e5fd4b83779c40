package io.edgewise.agent.link;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agent.link.AgentProtocol.HeartbeatRequest;
import io.edgewise.agent.link.AgentProtocol.HeartbeatResponse;
import io.edgewise.agent.link.AgentProtocol.RegisterRequest;
import io.edgewise.agent.link.AgentProtocol.RegisterResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The agent endpoints over the JDK HTTP client. {@link #register} and {@link #heartbeat} turn every
 * failure, network or HTTP, into a {@link ControlPlaneException}; {@link #send} and {@link #stream}
 * hand back any HTTP answer and throw only when none came back (status 0).
 */
public class ControlPlaneClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI base;

  public ControlPlaneClient(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  /** The mapper the bodies are read and written with (unknown properties ignored). */
  public ObjectMapper json() {
    return json;
  }

  /**
   * One request with a JSON body ({@code body} null: none) and optional {@code If-None-Match}; any
   * status comes back.
   */
  public HttpResponse<byte[]> send(
      String method, String path, String bearer, String ifNoneMatch, Object body)
      throws ControlPlaneException {
    try {
      HttpRequest.Builder request = request(path, bearer).header("Accept", "application/json");
      if (ifNoneMatch != null) {
        request.header("If-None-Match", ifNoneMatch);
      }
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ControlPlaneException(0, method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ControlPlaneException(0, path + " interrupted", e);
    }
  }

  /**
   * A GET whose body is streamed (artifacts); the caller closes the stream. The timeout covers the
   * answer's headers only: files are large.
   */
  public HttpResponse<InputStream> stream(String path, String bearer) throws ControlPlaneException {
    try {
      return http.send(
          request(path, bearer).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ControlPlaneException(0, "GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ControlPlaneException(0, path + " interrupted", e);
    }
  }

  /** A short summary of an error body, for log lines. */
  public static String abbreviate(byte[] body) {
    return abbreviate(body == null ? "" : new String(body, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path, String bearer) {
    return HttpRequest.newBuilder(base.resolve(base.getPath() + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + bearer);
  }

  /**
   * Registers with the tenant's AGENT token, or with the node's own credential (both are accepted).
   */
  public RegisterResponse register(String bearer, RegisterRequest body)
      throws ControlPlaneException {
    return post("/api/v1/agent/register", bearer, body, RegisterResponse.class);
  }

  public HeartbeatResponse heartbeat(String credential, HeartbeatRequest body)
      throws ControlPlaneException {
    return post("/api/v1/agent/heartbeat", credential, body, HeartbeatResponse.class);
  }

  private <T> T post(String path, String bearer, Object body, Class<T> answer)
      throws ControlPlaneException {
    try {
      HttpRequest request =
          request(path, bearer)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new ControlPlaneException(
            response.statusCode(),
            path + " answered " + response.statusCode() + ": " + abbreviate(response.body()),
            null);
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
