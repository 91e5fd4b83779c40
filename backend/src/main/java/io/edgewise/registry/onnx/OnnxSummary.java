package io.edgewise.registry.onnx;

import java.util.List;

/**
 * What an ONNX artifact declares about itself.
 *
 * @param opsetVersion the opset imported for the default domain; null when the model imports none
 * @param producer the producing tool, e.g. {@code pytorch}; null when the model does not say
 * @param nodeCount the nodes of the main graph (subgraphs inside control-flow nodes not counted)
 * @param inputs the graph inputs a caller feeds, i.e. without those that name an initializer
 */
public record OnnxSummary(
    long irVersion,
    Long opsetVersion,
    String producer,
    int nodeCount,
    List<TensorSpec> inputs,
    List<TensorSpec> outputs) {}
