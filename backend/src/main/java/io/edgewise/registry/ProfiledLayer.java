package io.edgewise.registry;

import java.util.List;
import java.util.Map;

/**
 * One layer of a profiled model version.
 *
 * @param gflops floating-point work of one inference, in GFLOP (two per multiply-add)
 * @param outputBytes size of the layer's output tensor, what a cut after it sends
 * @param inputs indices of earlier layers whose outputs it reads; empty = it reads the model input
 * @param measuredMs milliseconds measured on named hardware (a fleet's device class or a GPU
 *     model); may be empty
 */
public record ProfiledLayer(
    String name,
    double gflops,
    long outputBytes,
    List<Integer> inputs,
    Map<String, Double> measuredMs) {

  public ProfiledLayer {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    measuredMs = measuredMs == null ? Map.of() : Map.copyOf(measuredMs);
  }
}
