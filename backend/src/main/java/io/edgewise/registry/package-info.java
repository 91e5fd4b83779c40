/** The model registry: models, their versions, and the ONNX artifacts those versions carry. */
package io.edgewise.registry;
