package io.edgewise.agent.fidelity;

import io.edgewise.agent.serving.PlainHttpClient;
import io.edgewise.registry.profiling.ProductProfiler;
import io.edgewise.registry.profiling.ProductProfiler.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;

/**
 * Runs one model over each link every way it can run, and sets the planner's predictions beside the
 * measurements. First the product profiles the model (device at one thread, its times scaled by the
 * device's {@link DeviceRuntime#SLOWDOWN}, edge at ONNX Runtime's default), each twice, keeping the
 * quieter profile, as it would before planning. Then, per link, each cut gets {@code warmUp}
 * untimed requests, and {@code runs} timed ones go in blocks of {@value #BLOCK}, round-robin over
 * the cuts (so the machine's background load falls on all cuts alike), each block after one untimed
 * request: switching between the agent's models costs the first request a few ms while the previous
 * model's ONNX Runtime threads still spin on the same cores, a cost of this harness (every cut
 * served at once by one agent, device and edge on one 2-core machine), not of one deployment.
 */
final class FidelityHarness {

  private static final Logger LOG = Logger.getLogger(FidelityHarness.class.getName());

  /** ONNX Runtime's default intra-op threads, which the agent serves with: one per core. */
  static final int EDGE_THREADS = Runtime.getRuntime().availableProcessors();

  /** Timed requests per cut between switches to the next cut. */
  static final int BLOCK = 5;

  private final int warmUp;
  private final ToIntFunction<LinkPreset> runs;

  FidelityHarness(int warmUp, ToIntFunction<LinkPreset> runs) {
    this.warmUp = warmUp;
    this.runs = runs;
  }

  List<ConfigResult> run(FidelityModel model, List<LinkPreset> links) throws Exception {
    Profile device =
        slower(
            quieter(model, DeviceRuntime.THREADS, PlannerPredictions.DEVICE_KEY),
            DeviceRuntime.SLOWDOWN);
    Profile edge = quieter(model, EDGE_THREADS, PlannerPredictions.EDGE_KEY);
    List<ConfigResult> results = new ArrayList<>();
    try (EveryCutServed served = new EveryCutServed(model)) {
      for (LinkPreset link : links) {
        results.add(measure(model, served, new PlannerPredictions(device, edge, link), link));
      }
    }
    return results;
  }

  private ConfigResult measure(
      FidelityModel model, EveryCutServed served, PlannerPredictions planner, LinkPreset link)
      throws Exception {
    List<Integer> positions = served.positions();
    int timed = runs.applyAsInt(link);
    Map<Integer, EveryCutServed.Timing[]> ms = new HashMap<>();
    positions.forEach(p -> ms.put(p, new EveryCutServed.Timing[timed]));
    long started = System.nanoTime();
    try (ShapingProxy proxy = new ShapingProxy(served.port(), link);
        PlainHttpClient client = new PlainHttpClient(proxy.port())) {
      for (int p : positions) {
        for (int i = 0; i < warmUp; i++) {
          served.request(p, client);
        }
      }
      for (int done = 0; done < timed; done += BLOCK) {
        for (int p : positions) {
          // the first request after a switch pays for waking another model's threads: untimed
          served.request(p, client);
          for (int i = done; i < Math.min(timed, done + BLOCK); i++) {
            ms.get(p)[i] = served.request(p, client);
          }
        }
      }
    }
    List<CutResult> cuts = new ArrayList<>();
    for (int p : positions) {
      EveryCutServed.Timing[] t = ms.get(p);
      double[] total = sorted(t, EveryCutServed.Timing::totalMs);
      cuts.add(
          new CutResult(
              p,
              served.label(p),
              planner.cut(p),
              percentile(total, 50),
              percentile(total, 95),
              percentile(sorted(t, EveryCutServed.Timing::deviceMs), 50),
              percentile(sorted(t, EveryCutServed.Timing::edgeMs), 50),
              percentile(sorted(t, x -> x.totalMs() - x.deviceMs() - x.edgeMs()), 50)));
    }
    LOG.info(
        () ->
            String.format(
                "%s over %s: %d cuts × %d requests in %.1f s",
                model.name(),
                link.label(),
                positions.size(),
                timed,
                (System.nanoTime() - started) / 1e9));
    return new ConfigResult(model.name(), link, planner.chosenPosition(), timed, cuts);
  }

  /**
   * The product's profile, taken twice, the one with the lower total: on this shared machine a
   * burst of other work can inflate a profile's medians manyfold (seen up to 25×), never deflate
   * them.
   */
  private static Profile quieter(FidelityModel model, int threads, String key) {
    Profile a = ProductProfiler.profile(model.proto(), threads, key);
    Profile b = ProductProfiler.profile(model.proto(), threads, key);
    return totalMs(a, key) <= totalMs(b, key) ? a : b;
  }

  private static double totalMs(Profile profile, String key) {
    return profile.layers().stream().mapToDouble(l -> l.measuredMs().get(key)).sum();
  }

  /** The device's profile: one core's profile, each layer {@code factor} times slower. */
  static Profile slower(Profile profile, double factor) {
    return new Profile(
        profile.inputBytes(),
        profile.layers().stream()
            .map(
                l -> {
                  Map<String, Double> times = new HashMap<>();
                  l.measuredMs().forEach((key, ms) -> times.put(key, ms * factor));
                  return l.withMeasuredMs(times);
                })
            .toList());
  }

  private static double[] sorted(
      EveryCutServed.Timing[] timings, ToDoubleFunction<EveryCutServed.Timing> part) {
    return Arrays.stream(timings).mapToDouble(part).sorted().toArray();
  }

  /** Nearest-rank percentile of ascending {@code sorted}. */
  static double percentile(double[] sorted, double pct) {
    int rank = (int) Math.ceil(pct / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
