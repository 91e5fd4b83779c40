package io.edgewise.registry.onnx;

/** A data dependency: node {@code from} writes {@code tensor}, which node {@code to} reads. */
public record Edge(String from, String to, String tensor) {}
