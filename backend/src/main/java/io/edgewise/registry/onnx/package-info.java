/**
 * ONNX graph analysis (shapes, bytes, FLOPs, cut points) and head/tail split surgery, in plain Java
 * on the ONNX protobuf.
 */
package io.edgewise.registry.onnx;
