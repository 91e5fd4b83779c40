package io.edgewise.registry;

/** The serialisation of a model version's artifact; ONNX is the only one accepted so far. */
public enum ArtifactFormat {
  ONNX
}
