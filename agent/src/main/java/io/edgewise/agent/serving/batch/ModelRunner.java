package io.edgewise.agent.serving.batch;

import io.edgewise.agent.serving.tensor.Tensor;
import java.util.List;

/** Runs a model once: inputs in the model's input order, outputs in its output order. */
@FunctionalInterface
public interface ModelRunner {

  List<Tensor> run(List<Tensor> inputs) throws Exception;
}
