package io.edgewise.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test for the agent heartbeat endpoint, JDK only.
 *
 * <pre>
 * java bench/src/main/java/io/edgewise/bench/HeartbeatLoad.java --url http://localhost:8080 --token ew_... --nodes 10000 --interval 5 --duration 60
 * java bench/src/main/java/io/edgewise/bench/HeartbeatLoad.java --url http://localhost:8080 --token ew_... --nodes 1000 --rate --connections 32 --duration 30
 * </pre>
 *
 * It registers {@code --nodes} simulated agents with the AGENT token (each gets its node
 * credential), then either paces heartbeats open-loop at nodes/interval per second (latency is
 * measured from the moment a heartbeat was due, so time spent queueing for a connection or behind a
 * slow server counts), or with {@code --rate} keeps every connection busy to find the maximum
 * throughput. Heartbeats due during {@code --warmup} seconds are sent but not counted.
 *
 * <p>Registrations use {@link HttpClient}. Heartbeats use {@code --connections} keep-alive HTTP/1.1
 * connections, each driven by one thread with blocking sockets ({@code --client raw}, the default),
 * or the asynchronous {@link HttpClient} ({@code --client jdk}), which costs several times more CPU
 * per request: on a small machine shared with the server under test, that difference decides the
 * result.
 */
public final class HeartbeatLoad {

  private static final Pattern CREDENTIAL = Pattern.compile("\"credential\"\\s*:\\s*\"([^\"]+)\"");

  /**
   * The run's report, one line per record on stderr, without timestamps: the figures are the
   * output.
   */
  private static final Logger REPORT = reportLogger();

  private final Map<String, String> options;
  private final URI base;
  private final HttpClient http;
  private final LatencyHistogram latencies = new LatencyHistogram();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong completedInWindow = new AtomicLong();
  private final AtomicLong unfinished = new AtomicLong();
  private long measuredFrom;
  private long end;

  private HeartbeatLoad(Map<String, String> options) {
    this.options = options;
    this.base = URI.create(options.getOrDefault("url", "http://localhost:8080"));
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4, daemon()))
            .build();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    if (!options.containsKey("token")) {
      REPORT.severe(
          "usage: java bench/src/main/java/io/edgewise/bench/HeartbeatLoad.java --url URL --token"
              + " AGENT_TOKEN [--nodes 1000] [--interval 5] [--duration 60] [--warmup 10] [--gpus"
              + " 2] [--models 2] [--site campus-cloudlet] [--rate] [--connections 64] [--client"
              + " raw|jdk] [--prefix sim-x] [--credentials FILE] [--drain 30]");
      System.exit(2);
    }
    new HeartbeatLoad(options).run();
  }

  private void run() throws Exception {
    int nodes = intOption("nodes", 1000);
    int gpus = intOption("gpus", 2);
    int models = intOption("models", 2);
    List<String> credentials = credentials(nodes, gpus);
    int duration = intOption("duration", 60);
    int warmup = intOption("warmup", 10);
    int connections = intOption("connections", 64);
    boolean rate = options.containsKey("rate");
    double perSecond = (double) nodes / intOption("interval", 5);
    Sender sender =
        "jdk".equals(options.get("client"))
            ? new AsyncSender(connections)
            : new BlockingSender(connections);
    report(
        "heartbeats: %s, %d s warm-up + %d s measured, %d GPUs and %d models per node, %d"
            + " connections (%s client)",
        rate ? "as fast as possible" : String.format(Locale.ROOT, "open loop at %.0f/s", perSecond),
        warmup,
        duration,
        gpus,
        models,
        connections,
        options.getOrDefault("client", "raw"));
    String modelReport = modelReport(models);
    measuredFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
    end = measuredFrom + TimeUnit.SECONDS.toNanos(duration);
    long gapNanos = rate ? 0 : (long) (1e9 / perSecond);
    long start = System.nanoTime();
    for (long k = 0; ; k++) {
      long due = rate ? System.nanoTime() : start + k * gapNanos;
      if (due >= end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String credential = credentials.get((int) (k % credentials.size()));
      sent.incrementAndGet();
      sender.send(
          credential,
          heartbeat(gpus, modelReport).getBytes(StandardCharsets.UTF_8),
          due,
          due >= measuredFrom,
          rate);
    }
    sender.drain(intOption("drain", 30));
    report(duration, rate ? 0 : perSecond);
    System.exit(0);
  }

  /**
   * The node credentials: read from {@code --credentials FILE} when it exists (a previous run's
   * agents, so repeated runs skip registration), else registered now and written there.
   */
  private List<String> credentials(int nodes, int gpus) throws Exception {
    Path file = options.containsKey("credentials") ? Path.of(options.get("credentials")) : null;
    if (file != null && Files.exists(file)) {
      List<String> saved = Files.readAllLines(file);
      report("using %d agents registered earlier (%s)", Math.min(nodes, saved.size()), file);
      return saved.subList(0, Math.min(nodes, saved.size()));
    }
    List<String> credentials = register(nodes, gpus);
    if (file != null) {
      Files.write(file, credentials);
    }
    return credentials;
  }

  /** Registers the simulated agents in parallel; returns their node credentials. */
  private List<String> register(int nodes, int gpus) throws Exception {
    String runId =
        options.getOrDefault("prefix", "sim-" + UUID.randomUUID().toString().substring(0, 8));
    String site = options.getOrDefault("site", "campus-cloudlet");
    Semaphore inFlight = new Semaphore(intOption("register-concurrency", 16));
    List<CompletableFuture<String>> pending = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < nodes; i++) {
      String agentId = runId + "-" + i;
      String body =
          "{\"agentId\":\""
              + agentId
              + "\",\"site\":\""
              + site
              + "\",\"hostname\":\""
              + agentId
              + "\",\"cpuCores\":8,\"memoryMib\":32768,\"gpus\":"
              + gpuSpecs(gpus)
              + "}";
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/api/v1/agent/register"))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + options.get("token"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      inFlight.acquire();
      pending.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete((r, e) -> inFlight.release())
              .thenApply(HeartbeatLoad::credentialOf));
    }
    List<String> credentials = new ArrayList<>();
    for (CompletableFuture<String> future : pending) {
      credentials.add(future.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    report(
        "registered %d agents (prefix %s) in %.1f s (%.0f/s)",
        nodes, runId, seconds, nodes / seconds);
    return credentials;
  }

  /** Counts one finished heartbeat: latency from when it was due, or the error it met. */
  private void completed(long due, boolean counted, int status, Throwable failure) {
    long now = System.nanoTime();
    if (status == 200 && now >= measuredFrom && now < end) {
      completedInWindow.incrementAndGet();
    }
    if (!counted) {
      return;
    }
    if (failure != null) {
      errors
          .computeIfAbsent(rootCause(failure).getClass().getSimpleName(), k -> new AtomicLong())
          .incrementAndGet();
    } else if (status != 200) {
      errors.computeIfAbsent("HTTP " + status, k -> new AtomicLong()).incrementAndGet();
    } else {
      latencies.record(System.nanoTime() - due);
    }
  }

  private void report(int duration, double target) {
    long ok = latencies.count();
    long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
    report(
        "throughput: %.0f heartbeats/s completed OK in the measured %d s%s",
        (double) completedInWindow.get() / duration,
        duration,
        target > 0 ? String.format(Locale.ROOT, " (target %.0f/s)", target) : "");
    report(
        "heartbeats due in the measured window: %d OK, %d errors%s, %d unfinished after the drain"
            + " (%d submitted in all)",
        ok, failed, failed == 0 ? "" : " " + new TreeMap<>(errors), unfinished.get(), sent.get());
    report(
        "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f",
        latencies.percentileMillis(50),
        latencies.percentileMillis(90),
        latencies.percentileMillis(99),
        latencies.percentileMillis(99.9),
        latencies.maxMillis());
  }

  /** Sends heartbeats; {@code block} makes the caller wait for a free connection (closed loop). */
  private interface Sender {
    void send(String credential, byte[] body, long due, boolean counted, boolean block)
        throws InterruptedException;

    /** Waits up to {@code seconds} for heartbeats in flight or queued, then gives up on them. */
    void drain(int seconds) throws InterruptedException;
  }

  /** One thread per keep-alive connection; heartbeats wait in a queue for a free one. */
  private final class BlockingSender implements Sender {
    private final ThreadPoolExecutor workers;
    private final ThreadLocal<KeepAliveConnection> connection =
        ThreadLocal.withInitial(() -> new KeepAliveConnection(base));
    private final Semaphore free;

    BlockingSender(int connections) {
      workers =
          new ThreadPoolExecutor(
              connections, connections, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemon());
      workers.prestartAllCoreThreads();
      free = new Semaphore(connections);
    }

    @Override
    public void send(String credential, byte[] body, long requested, boolean counted, boolean block)
        throws InterruptedException {
      if (block) {
        free.acquire();
      }
      long due = block ? System.nanoTime() : requested;
      workers.execute(
          () -> {
            try {
              completed(
                  due,
                  counted,
                  connection.get().post("/api/v1/agent/heartbeat", credential, body),
                  null);
            } catch (IOException | RuntimeException e) {
              connection.get().close();
              completed(due, counted, 0, e);
            } finally {
              if (block) {
                free.release();
              }
            }
          });
    }

    @Override
    public void drain(int seconds) throws InterruptedException {
      workers.shutdown();
      if (!workers.awaitTermination(seconds, TimeUnit.SECONDS)) {
        unfinished.addAndGet(workers.shutdownNow().size() + workers.getActiveCount());
      }
    }
  }

  /** java.net.http.HttpClient's asynchronous sends, at most {@code connections} in flight. */
  private final class AsyncSender implements Sender {
    private final Semaphore free;
    private final int connections;

    AsyncSender(int connections) {
      this.connections = connections;
      this.free = new Semaphore(connections);
    }

    @Override
    public void send(String credential, byte[] body, long requested, boolean counted, boolean block)
        throws InterruptedException {
      free.acquire();
      long due = block ? System.nanoTime() : requested;
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/api/v1/agent/heartbeat"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + credential)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, failure) -> {
                free.release();
                completed(due, counted, response == null ? 0 : response.statusCode(), failure);
              });
    }

    @Override
    public void drain(int seconds) throws InterruptedException {
      if (!free.tryAcquire(connections, seconds, TimeUnit.SECONDS)) {
        unfinished.addAndGet(connections - free.availablePermits());
      }
    }
  }

  /**
   * A minimal HTTP/1.1 client connection: POST, read the status, skip the body, keep the socket.
   */
  static final class KeepAliveConnection {
    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI base) {
      this.base = base;
    }

    int post(String path, String bearer, byte[] body) throws IOException {
      if (socket == null) {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = socket.getOutputStream();
      }
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nAuthorization: Bearer "
              + bearer
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
      byte[] request = new byte[headBytes.length + body.length];
      System.arraycopy(headBytes, 0, request, 0, headBytes.length);
      System.arraycopy(body, 0, request, headBytes.length, body.length);
      out.write(request);
      out.flush();
      String statusLine = readLine();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String line = readLine(); !line.isEmpty(); line = readLine()) {
        String header = line.toLowerCase(Locale.ROOT);
        if (header.startsWith("content-length:")) {
          length = Long.parseLong(header.substring(15).trim());
        } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
          chunked = true;
        } else if (header.startsWith("connection:") && header.contains("close")) {
          close = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(readLine().trim(), 16);
            size > 0;
            size = Long.parseLong(readLine().trim(), 16)) {
          skip(size);
          readLine();
        }
        readLine();
      } else if (length > 0) {
        skip(length);
      }
      if (close) {
        close();
      }
      return status;
    }

    void close() {
      try {
        if (socket != null) {
          socket.close();
        }
      } catch (IOException ignored) {
        // the connection is dropped either way
      }
      socket = null;
    }

    private String readLine() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed by the server");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    private void skip(long bytes) throws IOException {
      for (long left = bytes; left > 0; ) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("connection closed by the server");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }
  }

  private static String credentialOf(HttpResponse<String> response) {
    Matcher credential = CREDENTIAL.matcher(response.body());
    if ((response.statusCode() != 200 && response.statusCode() != 201) || !credential.find()) {
      throw new IllegalStateException(
          "registration failed: HTTP " + response.statusCode() + " " + response.body());
    }
    return credential.group(1);
  }

  private static String gpuSpecs(int gpus) {
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < gpus; i++) {
      specs.add(
          "{\"index\":"
              + i
              + ",\"vendor\":\"NVIDIA\",\"model\":\"Tesla"
              + " T4\",\"memoryMib\":15360,\"peakTflops\":8.1,\"computeCapability\":\"7.5\"}");
    }
    return "[" + String.join(",", specs) + "]";
  }

  /**
   * What an edge agent reports of its models with every heartbeat ({@code models}, stored by the
   * same database call since V15); {@code count} 0 leaves it out, as heartbeats did before.
   */
  private static String modelReport(int count) {
    if (count == 0) {
      return "";
    }
    List<String> models = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      models.add(
          "{\"versionId\":\""
              + UUID.randomUUID()
              + "\",\"sha256\":\""
              + "ab".repeat(32)
              + "\",\"state\":\"LOADED\",\"loadMs\":"
              + (40 + i)
              + ".5,\"error\":null}");
    }
    return ",\"models\":[" + String.join(",", models) + "]";
  }

  private static String heartbeat(int gpus, String modelReport) {
    String samples = gpuSamples(gpus);
    return samples.substring(0, samples.length() - 1) + modelReport + "}";
  }

  private static String gpuSamples(int gpus) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder samples = new StringBuilder("{\"gpus\":[");
    for (int i = 0; i < gpus; i++) {
      samples
          .append(i == 0 ? "" : ",")
          .append("{\"index\":")
          .append(i)
          .append(",\"utilizationPct\":")
          .append(random.nextInt(1000) / 10.0)
          .append(",\"memoryUsedMib\":")
          .append(random.nextInt(15_360))
          .append(",\"temperatureC\":")
          .append(40 + random.nextInt(400) / 10.0)
          .append('}');
    }
    return samples.append("]}").toString();
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Throwable rootCause(Throwable t) {
    return t.getCause() == null ? t : rootCause(t.getCause());
  }

  private int intOption(String name, int fallback) {
    return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      options.put(args[i].substring(2), flag ? "true" : args[++i]);
    }
    return options;
  }

  /** Latencies in 10 µs buckets up to 60 s; percentiles are bucket upper bounds. */
  static final class LatencyHistogram {
    private static final long BUCKET_NANOS = 10_000;
    private final AtomicLongArray buckets = new AtomicLongArray(6_000_001);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    void record(long nanos) {
      buckets.incrementAndGet((int) Math.min(nanos / BUCKET_NANOS, buckets.length() - 1));
      count.incrementAndGet();
      max.accumulateAndGet(nanos, Math::max);
    }

    long count() {
      return count.get();
    }

    double percentileMillis(double percentile) {
      long rank = (long) Math.ceil(count.get() * percentile / 100.0);
      long seen = 0;
      for (int i = 0; i < buckets.length(); i++) {
        seen += buckets.get(i);
        if (seen >= rank && seen > 0) {
          return (i + 1) * BUCKET_NANOS / 1e6;
        }
      }
      return 0;
    }

    double maxMillis() {
      return max.get() / 1e6;
    }
  }

  private static void report(String format, Object... args) {
    REPORT.info(String.format(Locale.ROOT, format, args));
  }

  private static Logger reportLogger() {
    Logger log = Logger.getLogger(HeartbeatLoad.class.getName());
    ConsoleHandler console = new ConsoleHandler();
    console.setFormatter(
        new Formatter() {
          @Override
          public String format(LogRecord record) {
            return record.getMessage() + System.lineSeparator();
          }
        });
    log.setUseParentHandlers(false);
    log.addHandler(console);
    return log;
  }
}
