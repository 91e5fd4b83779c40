import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test for the agent heartbeat endpoint, JDK only.
 *
 * <pre>
 * java bench/HeartbeatLoad.java --url http://localhost:8080 --token ew_... --nodes 10000 --interval 5 --duration 60
 * java bench/HeartbeatLoad.java --url http://localhost:8080 --token ew_... --nodes 1000 --rate --concurrency 64 --duration 30
 * </pre>
 *
 * It registers {@code --nodes} simulated agents with the AGENT token (each gets its node credential),
 * then either paces heartbeats open-loop at nodes/interval per second (latency is measured from the
 * moment a heartbeat was due, so time spent queueing behind a slow server counts), or with
 * {@code --rate} keeps {@code --concurrency} heartbeats in flight to find the maximum throughput.
 * Heartbeats sent during {@code --warmup} seconds are not counted.
 */
public final class HeartbeatLoad {

  private static final Pattern NODE_ID = Pattern.compile("\"nodeId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CREDENTIAL = Pattern.compile("\"credential\"\\s*:\\s*\"([^\"]+)\"");

  private final Map<String, String> options;
  private final URI base;
  private final HttpClient http;
  private final ExecutorService callbacks;
  private final LatencyHistogram latencies = new LatencyHistogram();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  private HeartbeatLoad(Map<String, String> options) {
    this.options = options;
    this.base = URI.create(options.getOrDefault("url", "http://localhost:8080"));
    this.callbacks = Executors.newFixedThreadPool(intOption("threads", 4));
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).executor(callbacks).build();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    if (!options.containsKey("token")) {
      System.err.println("usage: java bench/HeartbeatLoad.java --url URL --token AGENT_TOKEN [--nodes 1000] [--interval 5] [--duration 60]"
          + " [--warmup 5] [--gpus 2] [--site campus-cloudlet] [--rate] [--concurrency 64] [--max-in-flight 1024] [--threads 4]");
      System.exit(2);
    }
    new HeartbeatLoad(options).run();
  }

  private void run() throws Exception {
    int nodes = intOption("nodes", 1000);
    int gpus = intOption("gpus", 2);
    List<String> credentials = register(nodes, gpus);
    int duration = intOption("duration", 60);
    int warmup = intOption("warmup", 5);
    boolean rate = options.containsKey("rate");
    double perSecond = (double) nodes / intOption("interval", 5);
    System.out.printf(Locale.ROOT, "heartbeats: %s, %d s warm-up + %d s measured, %d GPUs per node%n",
        rate ? "as fast as possible, " + intOption("concurrency", 64) + " in flight" : String.format(Locale.ROOT, "open loop at %.0f/s", perSecond),
        warmup, duration, gpus);
    long measuredFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
    long end = measuredFrom + TimeUnit.SECONDS.toNanos(duration);
    if (rate) {
      closedLoop(credentials, gpus, measuredFrom, end);
    } else {
      openLoop(credentials, gpus, perSecond, measuredFrom, end);
    }
    report(duration, rate ? 0 : perSecond);
    callbacks.shutdownNow();
  }

  /** Registers the simulated agents in parallel; returns their node credentials. */
  private List<String> register(int nodes, int gpus) throws Exception {
    String runId = options.getOrDefault("prefix", "sim-" + UUID.randomUUID().toString().substring(0, 8));
    String site = options.getOrDefault("site", "campus-cloudlet");
    Semaphore inFlight = new Semaphore(intOption("register-concurrency", 16));
    List<CompletableFuture<String>> pending = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < nodes; i++) {
      String agentId = runId + "-" + i;
      String body = "{\"agentId\":\"" + agentId + "\",\"site\":\"" + site + "\",\"hostname\":\"" + agentId
          + "\",\"cpuCores\":8,\"memoryMib\":32768,\"gpus\":" + gpuSpecs(gpus) + "}";
      inFlight.acquire();
      pending.add(http.sendAsync(post("/api/v1/agent/register", options.get("token"), body), HttpResponse.BodyHandlers.ofString())
          .whenComplete((r, e) -> inFlight.release())
          .thenApply(HeartbeatLoad::credentialOf));
    }
    List<String> credentials = new ArrayList<>();
    for (CompletableFuture<String> future : pending) {
      credentials.add(future.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "registered %d agents (prefix %s) in %.1f s (%.0f/s)%n", nodes, runId, seconds, nodes / seconds);
    return credentials;
  }

  /** Sends heartbeat k at {@code start + k / perSecond}, round-robin over the nodes, whatever the server's pace. */
  private void openLoop(List<String> credentials, int gpus, double perSecond, long measuredFrom, long end) throws InterruptedException {
    Semaphore inFlight = new Semaphore(intOption("max-in-flight", 1024));
    long start = System.nanoTime();
    double gapNanos = 1e9 / perSecond;
    for (long k = 0; ; k++) {
      long due = start + (long) (k * gapNanos);
      if (due >= end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      inFlight.acquire();
      send(credentials.get((int) (k % credentials.size())), gpus, due, due >= measuredFrom).whenComplete((r, e) -> inFlight.release());
    }
    inFlight.acquire(intOption("max-in-flight", 1024));
  }

  /** Keeps {@code --concurrency} heartbeats in flight: each completion sends the next. */
  private void closedLoop(List<String> credentials, int gpus, long measuredFrom, long end) throws InterruptedException {
    int concurrency = intOption("concurrency", 64);
    Semaphore inFlight = new Semaphore(concurrency);
    for (long k = 0; System.nanoTime() < end; k++) {
      inFlight.acquire();
      long now = System.nanoTime();
      send(credentials.get((int) (k % credentials.size())), gpus, now, now >= measuredFrom).whenComplete((r, e) -> inFlight.release());
    }
    inFlight.acquire(concurrency);
  }

  private CompletableFuture<HttpResponse<Void>> send(String credential, int gpus, long due, boolean counted) {
    return http.sendAsync(post("/api/v1/agent/heartbeat", credential, gpuSamples(gpus)), HttpResponse.BodyHandlers.discarding())
        .whenComplete((response, failure) -> {
          if (!counted) {
            return;
          }
          if (failure != null) {
            errors.computeIfAbsent(rootCause(failure).getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
          } else if (response.statusCode() != 200) {
            errors.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
          } else {
            latencies.record(System.nanoTime() - due);
          }
        });
  }

  private void report(int duration, double target) {
    long ok = latencies.count();
    long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
    System.out.printf(Locale.ROOT, "throughput: %.0f heartbeats/s OK%s over %d s (%d OK, %d errors%s)%n",
        (double) ok / duration, target > 0 ? String.format(Locale.ROOT, " (target %.0f/s)", target) : "", duration, ok, failed,
        failed == 0 ? "" : " " + new TreeMap<>(errors));
    System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        latencies.percentileMillis(50), latencies.percentileMillis(90), latencies.percentileMillis(99),
        latencies.percentileMillis(99.9), latencies.maxMillis());
  }

  private HttpRequest post(String path, String bearer, String json) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static String credentialOf(HttpResponse<String> response) {
    Matcher credential = CREDENTIAL.matcher(response.body());
    if ((response.statusCode() != 200 && response.statusCode() != 201) || !credential.find() || !NODE_ID.matcher(response.body()).find()) {
      throw new IllegalStateException("registration failed: HTTP " + response.statusCode() + " " + response.body());
    }
    return credential.group(1);
  }

  private static String gpuSpecs(int gpus) {
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < gpus; i++) {
      specs.add("{\"index\":" + i + ",\"vendor\":\"NVIDIA\",\"model\":\"Tesla T4\",\"memoryMib\":15360,\"peakTflops\":65,\"computeCapability\":\"7.5\"}");
    }
    return "[" + String.join(",", specs) + "]";
  }

  private static String gpuSamples(int gpus) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < gpus; i++) {
      samples.add(String.format(Locale.ROOT, "{\"index\":%d,\"utilizationPct\":%.1f,\"memoryUsedMib\":%d,\"temperatureC\":%.1f}",
          i, random.nextDouble(100), random.nextInt(15_360), 40 + random.nextDouble(40)));
    }
    return "{\"gpus\":[" + String.join(",", samples) + "]}";
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
}
