package io.edgewise.agent.serving.batch;

import io.edgewise.agent.serving.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stacks batch-1 requests along dimension 0 and splits a batched result back (C order makes both
 * byte copies).
 */
final class TensorBatches {

  private TensorBatches() {}

  /** Input {@code i} of every request, stacked. All requests have batch 1 and equal shapes. */
  static List<Tensor> stack(List<List<Tensor>> requests) {
    List<Tensor> stacked = new ArrayList<>();
    int n = requests.size();
    for (int i = 0; i < requests.get(0).size(); i++) {
      Tensor first = requests.get(0).get(i);
      byte[] data = new byte[first.data().length * n];
      for (int r = 0; r < n; r++) {
        byte[] part = requests.get(r).get(i).data();
        System.arraycopy(part, 0, data, r * part.length, part.length);
      }
      long[] shape = first.shape();
      shape[0] = n;
      stacked.add(new Tensor(first.name(), first.dtype(), shape, data));
    }
    return stacked;
  }

  /**
   * Each request's share of the outputs, or empty when an output is not stacked along dimension 0.
   */
  static Optional<List<List<Tensor>>> split(List<Tensor> outputs, int n) {
    List<List<Tensor>> results = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      results.add(new ArrayList<>());
    }
    for (Tensor output : outputs) {
      long[] shape = output.shape();
      if (shape.length == 0 || shape[0] != n) {
        return Optional.empty();
      }
      int part = output.data().length / n;
      shape[0] = 1;
      for (int r = 0; r < n; r++) {
        results
            .get(r)
            .add(
                new Tensor(
                    output.name(),
                    output.dtype(),
                    shape,
                    Arrays.copyOfRange(output.data(), r * part, (r + 1) * part)));
      }
    }
    return Optional.of(results);
  }

  /** Whether two requests can share a batch: batch 1 and the same shapes everywhere. */
  static boolean compatible(List<Tensor> a, List<Tensor> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i).shape(), b.get(i).shape())
          || a.get(i).dtype() != b.get(i).dtype()) {
        return false;
      }
    }
    return true;
  }

  static boolean batchOfOne(List<Tensor> inputs) {
    return inputs.stream().allMatch(t -> t.shape().length > 0 && t.shape()[0] == 1);
  }
}
