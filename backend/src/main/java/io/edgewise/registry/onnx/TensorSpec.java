package io.edgewise.registry.onnx;

import java.util.List;

/**
 * A graph input or output as the artifact declares it.
 *
 * @param elemType the ONNX element type (e.g. {@code FLOAT}) for tensors, else the kind of value
 *     (e.g. {@code SEQUENCE_TYPE})
 * @param shape one entry per dimension: a number, a symbolic name such as {@code batch}, or {@code
 *     ?} when the dimension is unknown; null when the rank itself is unknown
 */
public record TensorSpec(String name, String elemType, List<String> shape) {}
