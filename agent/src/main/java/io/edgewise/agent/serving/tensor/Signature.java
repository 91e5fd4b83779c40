package io.edgewise.agent.serving.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A model's declared inputs and outputs, in order; binds a request's tensors to the inputs. */
public record Signature(List<TensorSpec> inputs, List<TensorSpec> outputs) {

  public Signature {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /**
   * Bytes of one sample of the inputs: each input's element size times its dimensions, a dynamic
   * one counted as 1.
   */
  public long inputBytesPerSample() {
    long total = 0;
    for (TensorSpec input : inputs) {
      long elements = 1;
      for (long dim : input.shape()) {
        elements *= Math.max(1, dim);
      }
      total += elements * input.dtype().bytes();
    }
    return total;
  }

  /** Whether every input has a dynamic first dimension (requests of batch 1 can be stacked). */
  public boolean batchable() {
    return inputs.stream().allMatch(TensorSpec::batchable);
  }

  /**
   * The request's tensors in input order, each named after its input. An unnamed tensor is accepted
   * only when the model has one input. Throws {@link BadTensorException} naming the tensor and the
   * expected shape otherwise.
   */
  public List<Tensor> bind(List<Tensor> given) {
    if (given.size() != inputs.size()) {
      throw new BadTensorException(
          "the request has "
              + given.size()
              + " input(s); the model expects "
              + inputs.size()
              + ": "
              + inputs);
    }
    Map<String, Tensor> byName = new HashMap<>();
    for (Tensor tensor : given) {
      String name =
          tensor.name() == null && inputs.size() == 1 ? inputs.get(0).name() : tensor.name();
      if (name == null) {
        throw new BadTensorException("an input has no name; the model has several: " + inputs);
      }
      if (inputs.stream().noneMatch(s -> s.name().equals(name))) {
        throw new BadTensorException("the model has no input '" + name + "'; it expects " + inputs);
      }
      if (byName.put(name, tensor.named(name)) != null) {
        throw new BadTensorException("input '" + name + "' is given twice");
      }
    }
    List<Tensor> bound = new ArrayList<>();
    for (TensorSpec spec : inputs) {
      Tensor tensor = byName.get(spec.name());
      if (tensor == null) {
        throw new BadTensorException(
            "input '" + spec.name() + "' is missing; expected " + spec.describe());
      }
      if (!spec.accepts(tensor)) {
        throw new BadTensorException(
            "input '"
                + spec.name()
                + "' is "
                + tensor.dtype()
                + " "
                + Arrays.toString(tensor.shape())
                + "; the model expects "
                + spec.describe()
                + " (-1 = any size)");
      }
      bound.add(tensor);
    }
    return bound;
  }
}
