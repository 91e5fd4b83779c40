package io.edgewise.agent.fidelity;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark's verdict over all configurations: how often the planner's choice was the fastest
 * cut (within 5 %), and the distribution of the absolute prediction error over every model × link ×
 * cut.
 */
record FidelityFigures(
    int configurations,
    int choicesWithinFivePercent,
    int measurements,
    double medianAbsError,
    double p90AbsError) {

  /** A choice this close to the fastest measured cut counts as the fastest. */
  static final double CHOICE_TOLERANCE = 1.05;

  static FidelityFigures of(List<ConfigResult> results) {
    int good =
        (int) results.stream().filter(r -> r.chosenOverFastest() <= CHOICE_TOLERANCE).count();
    double[] errors =
        results.stream()
            .flatMap(r -> r.cuts().stream())
            .mapToDouble(c -> Math.abs(c.error()))
            .sorted()
            .toArray();
    return new FidelityFigures(
        results.size(),
        good,
        errors.length,
        FidelityHarness.percentile(errors, 50),
        FidelityHarness.percentile(errors, 90));
  }

  double choiceShare() {
    return (double) choicesWithinFivePercent / configurations;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "chosen cut within 5%% of the fastest in %d of %d configurations (%.0f %%); |error| over"
            + " %d cuts: median %.1f %%, p90 %.1f %%",
        choicesWithinFivePercent,
        configurations,
        100 * choiceShare(),
        measurements,
        100 * medianAbsError,
        100 * p90AbsError);
  }
}
