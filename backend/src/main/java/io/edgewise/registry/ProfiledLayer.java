package io.edgewise.registry;

import java.util.List;
import java.util.Map;

/**
 * One layer of a profiled model version.
 *
 * @param gflops floating-point work of one inference, in GFLOP (two per multiply-add); null when
 *     unknown (no formula or no shape for the operator): never to be read as zero
 * @param outputBytes size of the layer's output tensor, what a cut after it sends; null when
 *     unknown
 * @param inputs indices of earlier layers whose outputs it reads; empty = it reads the model input
 * @param measuredMs milliseconds measured on named hardware (a fleet's device class or a GPU
 *     model); may be empty
 * @param op the ONNX operator type ({@code Conv}, {@code MatMul}…); null for profiles that did not
 *     record it
 */
public record ProfiledLayer(
    String name,
    Double gflops,
    Long outputBytes,
    List<Integer> inputs,
    Map<String, Double> measuredMs,
    String op) {

  public ProfiledLayer {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    measuredMs = measuredMs == null ? Map.of() : Map.copyOf(measuredMs);
  }

  /** A layer with known work and output size and no recorded operator type. */
  public ProfiledLayer(
      String name,
      double gflops,
      long outputBytes,
      List<Integer> inputs,
      Map<String, Double> measuredMs) {
    this(name, gflops, outputBytes, inputs, measuredMs, null);
  }

  /** The same layer with other measured times. */
  public ProfiledLayer withMeasuredMs(Map<String, Double> times) {
    return new ProfiledLayer(name, gflops, outputBytes, inputs, times, op);
  }
}
