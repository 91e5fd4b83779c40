package io.edgewise.agent.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the agent is told by its environment.
 *
 * @param controlPlane {@code EDGEWISE_URL}, required: the control plane's base URL, e.g. {@code
 *     https://edgewise.example}
 * @param agentToken {@code EDGEWISE_AGENT_TOKEN}, required: a tenant API token of role {@code
 *     AGENT}
 * @param site {@code EDGEWISE_SITE}, required: the site's id or its name (the register endpoint
 *     accepts both)
 * @param dataDir {@code EDGEWISE_AGENT_DATA_DIR}, default {@value #DEFAULT_DATA_DIR}: where the
 *     node credential is kept
 * @param port {@code EDGEWISE_AGENT_PORT}, default {@value #DEFAULT_PORT}: the local health
 *     endpoint's port
 * @param heartbeatEvery {@code EDGEWISE_AGENT_HEARTBEAT_EVERY}, default 10 s ({@code 10s}, {@code
 *     500ms}, {@code 1m} or plain seconds); the control plane's {@code heartbeatIntervalSeconds}
 *     caps it; also the assignments' poll interval
 * @param storeMaxBytes {@code EDGEWISE_AGENT_STORE_MAX}, default {@code 10g}: the model store's
 *     bound ({@code 500m}, {@code 2g}, {@code 1t} with binary units, or plain bytes)
 * @param metricsBufferMaxBytes {@code EDGEWISE_AGENT_METRICS_BUFFER_MAX}, default {@code 50m}:
 *     metrics kept on disk while the control plane cannot take them (same units)
 * @param agentId {@code EDGEWISE_AGENT_ID}, optional (null when unset): the agent's id, for several
 *     agents on one machine (otherwise {@code /etc/machine-id} names it); at most 128 printable
 *     characters without spaces
 */
public record AgentSettings(
    URI controlPlane,
    String agentToken,
    String site,
    Path dataDir,
    int port,
    Duration heartbeatEvery,
    long storeMaxBytes,
    long metricsBufferMaxBytes,
    String agentId) {

  public static final String DEFAULT_DATA_DIR = "/var/lib/edgewise-agent";
  public static final int DEFAULT_PORT = 9180;
  public static final Duration DEFAULT_HEARTBEAT_EVERY = Duration.ofSeconds(10);
  public static final long DEFAULT_STORE_MAX = 10L << 30;
  public static final long DEFAULT_METRICS_BUFFER_MAX = 50L << 20;
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");
  private static final Pattern AGENT_ID = Pattern.compile("[!-~]{1,128}");
  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,15})([kmgt]?)b?", Pattern.CASE_INSENSITIVE);

  /**
   * Reads the settings from {@code env} (normally {@link System#getenv()}), naming the first bad
   * variable.
   */
  public static AgentSettings fromEnvironment(Map<String, String> env)
      throws InvalidSettingException {
    return new AgentSettings(
        url(required(env, "EDGEWISE_URL")),
        required(env, "EDGEWISE_AGENT_TOKEN"),
        required(env, "EDGEWISE_SITE"),
        Path.of(optional(env, "EDGEWISE_AGENT_DATA_DIR", DEFAULT_DATA_DIR)),
        port(optional(env, "EDGEWISE_AGENT_PORT", String.valueOf(DEFAULT_PORT))),
        duration(optional(env, "EDGEWISE_AGENT_HEARTBEAT_EVERY", "10s")),
        size(
            "EDGEWISE_AGENT_STORE_MAX", optional(env, "EDGEWISE_AGENT_STORE_MAX", "10g"), 1L << 20),
        size(
            "EDGEWISE_AGENT_METRICS_BUFFER_MAX",
            optional(env, "EDGEWISE_AGENT_METRICS_BUFFER_MAX", "50m"),
            1L << 16),
        agentId(env.get("EDGEWISE_AGENT_ID")));
  }

  private static String agentId(String value) throws InvalidSettingException {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!AGENT_ID.matcher(value.trim()).matches()) {
      throw new InvalidSettingException(
          "EDGEWISE_AGENT_ID",
          "must be 1-128 printable characters without spaces, not '" + value + "'");
    }
    return value.trim();
  }

  private static String required(Map<String, String> env, String name)
      throws InvalidSettingException {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new InvalidSettingException(name, "is required but not set");
    }
    return value.trim();
  }

  private static String optional(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static URI url(String value) throws InvalidSettingException {
    try {
      URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the one error below
    }
    throw new InvalidSettingException(
        "EDGEWISE_URL",
        "must be an http(s) URL such as https://edgewise.example, not '" + value + "'");
  }

  private static int port(String value) throws InvalidSettingException {
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // falls through to the one error below
    }
    throw new InvalidSettingException(
        "EDGEWISE_AGENT_PORT", "must be a port between 1 and 65535, not '" + value + "'");
  }

  private static Duration duration(String value) throws InvalidSettingException {
    Matcher m = DURATION.matcher(value);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
          };
      if (!d.isZero() && d.compareTo(Duration.ofHours(1)) <= 0) {
        return d;
      }
    }
    throw new InvalidSettingException(
        "EDGEWISE_AGENT_HEARTBEAT_EVERY",
        "must be a positive duration of at most 1h such as 10s, 500ms or 1m, not '" + value + "'");
  }

  /**
   * {@code 500m}, {@code 2g}, {@code 1t}, {@code 64k} (binary units, an optional {@code b}) or
   * plain bytes; at least {@code min}.
   */
  private static long size(String name, String value, long min) throws InvalidSettingException {
    Matcher m = SIZE.matcher(value);
    if (m.matches()) {
      int shift =
          switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
          };
      long amount = Long.parseLong(m.group(1));
      if (amount < (1L << (62 - shift)) && (amount << shift) >= min) {
        return amount << shift;
      }
    }
    throw new InvalidSettingException(
        name,
        "must be a size of at least "
            + (min >> 10)
            + " KiB such as 500m, 2g or "
            + "a number of bytes, not '"
            + value
            + "'");
  }
}
