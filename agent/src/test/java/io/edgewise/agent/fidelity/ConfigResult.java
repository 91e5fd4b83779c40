package io.edgewise.agent.fidelity;

import java.util.Comparator;
import java.util.List;

/**
 * One model over one link: every cut measured, and the cut the planner chose.
 *
 * @param chosenPosition the position of the partitioner's best plan, or -1 when that plan is not a
 *     prefix of the layer order (no single cut runs it)
 * @param runs timed requests per cut
 */
record ConfigResult(
    String model, LinkPreset link, int chosenPosition, int runs, List<CutResult> cuts) {

  ConfigResult {
    cuts = List.copyOf(cuts);
  }

  CutResult fastest() {
    return cuts.stream().min(Comparator.comparingDouble(CutResult::measuredP50Ms)).orElseThrow();
  }

  CutResult chosen() {
    return cuts.stream().filter(c -> c.position() == chosenPosition).findFirst().orElse(null);
  }

  /** The chosen cut's measured median over the fastest cut's: 1.0 when the choice was the best. */
  double chosenOverFastest() {
    CutResult chosen = chosen();
    return chosen == null
        ? Double.POSITIVE_INFINITY
        : chosen.measuredP50Ms() / fastest().measuredP50Ms();
  }
}
