/**
 * The model store: ONNX artifacts kept as {@code <data dir>/models/<sha256>.onnx}, downloaded from
 * the control plane with the node credential, verified by sha256, bounded in size by evicting the
 * least recently used files the current plan does not name.
 */
package io.edgewise.agent.store;
