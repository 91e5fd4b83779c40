package io.edgewise.planning.partitioning.profiles;

import java.util.List;

/**
 * A layer as the architecture defines it: its floating-point work (a multiply-add counts as 2
 * FLOPs), its float32 output size, and the earlier layers it reads (empty = the model input).
 */
public record LayerSpec(String name, double gflops, long outputBytes, List<Integer> inputs) {

  public LayerSpec {
    if (name == null || !(gflops >= 0) || outputBytes < 0 || inputs == null) {
      throw new IllegalArgumentException(
          "layer spec needs a name, gflops >= 0, output bytes >= 0 and inputs");
    }
    inputs = List.copyOf(inputs);
  }
}
