package io.edgewise.registry.onnx;

/** Where a tensor of the graph comes from. */
public enum TensorOrigin {
  /** Fed by the caller (a graph input that names no initializer). */
  GRAPH_INPUT,
  /** A weight stored in the model (including a graph input that also names an initializer). */
  INITIALIZER,
  /** The output of a {@code Constant} node: stored in the model, never computed from inputs. */
  CONSTANT,
  /** Computed by a node. */
  NODE_OUTPUT;

  /**
   * Whether the tensor is part of the model itself, so each side of a split carries its own copy.
   */
  public boolean isStored() {
    return this == INITIALIZER || this == CONSTANT;
  }
}
