/**
 * ONNX in plain Java on the ONNX protobuf: the streaming wire-format reader that checks an upload
 * and summarises it ({@code OnnxInspector}), graph analysis (shapes, bytes, FLOPs, cut points) and
 * head/tail split surgery.
 */
package io.edgewise.registry.onnx;
