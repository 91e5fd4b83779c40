package io.edgewise.node;

import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The hardware facts of one GPU, as an administrator or an agent's registration states them. */
public record GpuSpec(
    int index,
    String vendor,
    String model,
    long memoryMib,
    double peakTflops,
    String computeCapability) {

  /** 400 naming every {@code gpus[i].index} that repeats an earlier one. */
  public static void requireDistinctIndexes(List<Integer> indexes) {
    Set<Integer> seen = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < indexes.size(); i++) {
      if (!seen.add(indexes.get(i))) {
        errors.add(
            new FieldError(
                "gpus[" + i + "].index",
                "GPU index " + indexes.get(i) + " appears more than once"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("GPU indexes must be unique within a node", errors);
    }
  }
}
