package io.edgewise.agent.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.e2e.Http.Answer;
import io.edgewise.agent.e2e.Http.Auth;
import io.edgewise.registry.onnx.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged agent as its own process, measured from outside as an operator would: start to
 * ONLINE, heap and RSS at idle (before and after it loads a model) and under load, and the
 * throughput and latency its HTTP serving gives clients in another process. Run with {@code ./mvnw
 * -B -o install -DskipTests && ./mvnw -B -o -q -pl agent -Pbench test
 * -Dtest=AgentFootprintBenchmark}; prints lines starting with BENCH.
 */
class AgentFootprintBenchmark {

  private static final Logger LOG = Logger.getLogger(AgentFootprintBenchmark.class.getName());
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  @Test
  void printsStartMemoryAndServingFigures() throws Exception {
    Path dir = Files.createTempDirectory("edgewise-footprint-");
    List<String> lines = new ArrayList<>();
    try (ControlPlane cp = ControlPlane.start(dir)) {
      Auth admin = EndToEndWorld.tenantAdmin(cp);
      String token = EndToEndWorld.agentToken(cp, admin, "bench-agents");
      String siteId = EndToEndWorld.mecSite(cp, admin, "bench-mec");
      String fleetId = EndToEndWorld.fleet(cp, admin, siteId, 500);
      JsonNode version = EndToEndWorld.version(cp, admin, TestModels.edgeHeavy(7).toByteArray());

      long launched = System.nanoTime();
      try (AgentProcess agent =
          AgentProcess.start("bench-agent", dir, cp.base, token, "bench-mec")) {
        Wait.until(
            "health 200",
            Duration.ofSeconds(30),
            () -> Optional.ofNullable(agent.nodeId()),
            agent.process::logText);
        lines.add(
            String.format(
                "launch -> /health CONNECTED: %.2f s", (System.nanoTime() - launched) / 1e9));
        Thread.sleep(5_000);
        lines.add("idle, no model:     " + memory(agent));

        String deploymentId =
            EndToEndWorld.deployment(cp, admin, "bench-classifier", version, fleetId, siteId, 0.01);
        byte[] raw = Http.float32(new float[3 * 64 * 64]);
        Map<String, String> shape = Map.of("X-Edgewise-Shape", "1,3,64,64");
        Wait.until(
            "the agent serving",
            Duration.ofSeconds(90),
            () ->
                Optional.of(
                        agent.post(
                            "/v1/infer/" + deploymentId, "application/octet-stream", raw, shape))
                    .filter(r -> r.status() == 200),
            () -> agent.get("/v1/models").text());
        Thread.sleep(3_000);
        lines.add("idle, model loaded: " + memory(agent));
        for (int clients : new int[] {1, 8}) {
          lines.add(load(agent, deploymentId, raw, shape, clients) + "; then " + memory(agent));
        }
      }
    }
    LOG.info(
        "BENCH agent process ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, edge-heavy CNN 3x64x64, raw bodies, loopback)\n"
            + String.join("\n", lines));
  }

  private static String load(
      AgentProcess agent, String deploymentId, byte[] raw, Map<String, String> shape, int clients)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      List<Future<List<Double>>> parts = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        parts.add(
            pool.submit(
                () -> {
                  List<Double> ms = new ArrayList<>();
                  while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    Answer answer =
                        agent.post(
                            "/v1/infer/" + deploymentId, "application/octet-stream", raw, shape);
                    if (answer.status() != 200) {
                      throw new IllegalStateException(answer.status() + " " + answer.text());
                    }
                    ms.add((System.nanoTime() - t) / 1e6);
                  }
                  return ms;
                }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> part : parts) {
        all.addAll(part.get());
      }
      double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return String.format(
          "%d client(s), 15 s: %.0f req/s, p50 %.2f ms, p99 %.2f ms",
          clients,
          sorted.length / 15.0,
          sorted[sorted.length / 2],
          sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Heap used before and after a full GC (jcmd), and the process's resident set. */
  private static String memory(AgentProcess agent) throws IOException, InterruptedException {
    long pid = agent.process.process.pid();
    long before = heapUsedKb(pid);
    jcmd(pid, "GC.run");
    long after = heapUsedKb(pid);
    Matcher rss = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
    return String.format(
        "heap used %.1f MiB (%.1f MiB after a full GC), RSS %.0f MiB",
        before / 1024.0,
        after / 1024.0,
        rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : Double.NaN);
  }

  private static long heapUsedKb(long pid) throws IOException, InterruptedException {
    Matcher m = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid),
                command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }
}
