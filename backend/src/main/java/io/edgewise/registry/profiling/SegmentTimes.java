package io.edgewise.registry.profiling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Per-layer times from the timings of growing prefixes of the topological order. The segment
 * between consecutive timed prefixes costs the difference of their medians, clamped at zero (noise
 * can make a longer prefix look faster); the call overhead, measured on an identity model, is
 * prefix 0. A segment of several layers shares its time among them in proportion to their FLOPs, or
 * equally when none has any or one's are unknown, since only whole prefixes can be cut and
 * therefore timed.
 */
final class SegmentTimes {

  /** The median time of running the first {@code position} layers (0: the identity model). */
  record Prefix(int position, double medianMs) {}

  private SegmentTimes() {}

  /**
   * @param prefixes ascending positions, starting with 0 and ending with the number of layers
   * @param gflops each layer's work, to share a segment's time; null where unknown
   */
  static List<Double> perLayer(List<Prefix> prefixes, List<Double> gflops) {
    int n = gflops.size();
    if (prefixes.isEmpty()
        || prefixes.get(0).position() != 0
        || prefixes.get(prefixes.size() - 1).position() != n) {
      throw new IllegalArgumentException(
          "prefix timings must run from position 0 to " + n + ": " + prefixes);
    }
    List<Double> ms = new ArrayList<>(Collections.nCopies(n, 0.0));
    for (int s = 1; s < prefixes.size(); s++) {
      Prefix from = prefixes.get(s - 1);
      Prefix to = prefixes.get(s);
      if (to.position() <= from.position()) {
        throw new IllegalArgumentException("prefix positions must ascend: " + prefixes);
      }
      double segment = Math.max(0, to.medianMs() - from.medianMs());
      List<Double> work = gflops.subList(from.position(), to.position());
      // a layer of unknown work (null) gets no share by FLOPs: the segment is then shared equally
      boolean known = work.stream().allMatch(Objects::nonNull);
      double total = known ? work.stream().mapToDouble(Double::doubleValue).sum() : 0;
      for (int i = from.position(); i < to.position(); i++) {
        double share = total > 0 ? gflops.get(i) / total : 1.0 / work.size();
        ms.set(i, segment * share);
      }
    }
    return ms;
  }

  /** The median of {@code samples}, the mean of the middle two for an even count. */
  static double median(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
