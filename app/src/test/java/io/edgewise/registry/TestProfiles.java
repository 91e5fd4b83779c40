package io.edgewise.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Version profile bodies for the registry and planning tests. */
public final class TestProfiles {

  private TestProfiles() {}

  /**
   * An ESTIMATED three-layer chain of 6.1 GFLOP on a 602,112-byte input, accuracy 0.76: conv (5
   * GFLOP, 400 kB out), pool (0.1 GFLOP, 100 kB), fc (1 GFLOP, 4 kB). Mutable, so a test can add or
   * replace fields.
   */
  public static Map<String, Object> threeLayerChain() {
    return new HashMap<>(
        Map.of(
            "source",
            "ESTIMATED",
            "inputBytes",
            602_112,
            "accuracy",
            0.76,
            "layers",
            List.of(
                layer("conv", 5.0, 400_000, List.of()),
                layer("pool", 0.1, 100_000, List.of(0)),
                layer("fc", 1.0, 4_000, List.of(1)))));
  }

  public static Map<String, Object> layer(
      String name, double gflops, long outputBytes, List<Integer> inputs) {
    return Map.of("name", name, "gflops", gflops, "outputBytes", outputBytes, "inputs", inputs);
  }
}
