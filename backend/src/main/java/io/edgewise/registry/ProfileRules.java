package io.edgewise.registry;

import io.edgewise.base.error.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a layer profile must pass before planners may use it, each failure naming its field:
 * layers in topological order (a layer reads only earlier ones), every layer but the last read by a
 * later one, finite non-negative work and sizes, and exits that branch off an existing layer before
 * the last.
 */
final class ProfileRules {

  private ProfileRules() {}

  static List<FieldError> check(List<ProfiledLayer> layers, List<ProfiledExit> exits) {
    List<FieldError> errors = new ArrayList<>();
    if (layers == null || layers.isEmpty() || layers.size() > VersionProfile.MAX_LAYERS) {
      errors.add(
          new FieldError("layers", "must hold 1 to " + VersionProfile.MAX_LAYERS + " layers"));
      return errors;
    }
    for (int i = 0; i < layers.size(); i++) {
      checkLayer("layers[" + i + "]", i, layers.get(i), errors);
    }
    if (errors.isEmpty()) {
      requireEveryOutputRead(layers, errors);
    }
    List<ProfiledExit> branches = exits == null ? List.of() : exits;
    if (branches.size() > VersionProfile.MAX_EXITS) {
      errors.add(new FieldError("exits", "at most " + VersionProfile.MAX_EXITS + " early exits"));
    }
    Set<Integer> seen = new HashSet<>();
    for (int e = 0; e < branches.size(); e++) {
      ProfiledExit exit = branches.get(e);
      String field = "exits[" + e + "]";
      if (exit == null) {
        errors.add(new FieldError(field, "must not be null"));
        continue;
      }
      if (exit.afterLayer() < 0 || exit.afterLayer() >= layers.size() - 1) {
        errors.add(
            new FieldError(
                field + ".afterLayer",
                "must name a layer before the last (0.." + (layers.size() - 2) + ")"));
      } else if (!seen.add(exit.afterLayer())) {
        errors.add(
            new FieldError(
                field + ".afterLayer",
                "another exit already branches off layer " + exit.afterLayer()));
      }
      requireWork(field + ".gflops", exit.gflops(), errors);
      if (!(exit.accuracy() >= 0 && exit.accuracy() <= 1)) {
        errors.add(new FieldError(field + ".accuracy", "must be between 0 and 1"));
      }
    }
    return errors;
  }

  private static void checkLayer(
      String field, int index, ProfiledLayer layer, List<FieldError> errors) {
    if (layer == null) {
      errors.add(new FieldError(field, "must not be null"));
      return;
    }
    if (layer.name() == null || layer.name().isBlank() || layer.name().length() > 200) {
      errors.add(new FieldError(field + ".name", "must be 1 to 200 characters"));
    }
    if (layer.gflops() != null) { // null: unknown, which the profile may say
      requireWork(field + ".gflops", layer.gflops(), errors);
    }
    if (layer.outputBytes() != null && layer.outputBytes() < 0) {
      errors.add(new FieldError(field + ".outputBytes", "must not be negative"));
    }
    Set<Integer> distinct = new HashSet<>();
    for (int k = 0; k < layer.inputs().size(); k++) {
      Integer input = layer.inputs().get(k);
      if (input == null || input < 0 || input >= index) {
        errors.add(
            new FieldError(
                field + ".inputs[" + k + "]",
                "must be the index of an earlier layer (0.." + (index - 1) + ")"));
      } else if (!distinct.add(input)) {
        errors.add(
            new FieldError(field + ".inputs[" + k + "]", "layer " + input + " is listed twice"));
      }
    }
    for (Map.Entry<String, Double> measured : layer.measuredMs().entrySet()) {
      if (measured.getKey().isBlank()
          || measured.getValue() == null
          || !(measured.getValue() >= 0)
          || measured.getValue().isInfinite()) {
        errors.add(
            new FieldError(
                field + ".measuredMs." + measured.getKey(),
                "must be a hardware name with a finite, non-negative time"));
      }
    }
  }

  /**
   * The last layer is the model's output; any other layer nobody reads would be dead work and has
   * no place in a plan.
   */
  private static void requireEveryOutputRead(List<ProfiledLayer> layers, List<FieldError> errors) {
    boolean[] read = new boolean[layers.size()];
    layers.forEach(layer -> layer.inputs().forEach(input -> read[input] = true));
    for (int i = 0; i < layers.size() - 1; i++) {
      if (!read[i]) {
        errors.add(
            new FieldError(
                "layers[" + i + "]",
                "no later layer reads its output; only the last layer may be the model's output"));
      }
    }
  }

  private static void requireWork(String field, double gflops, List<FieldError> errors) {
    if (!(gflops >= 0) || Double.isInfinite(gflops)) {
      errors.add(new FieldError(field, "must be a finite number >= 0"));
    }
  }
}
