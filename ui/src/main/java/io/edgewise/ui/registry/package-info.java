/**
 * The model registry: models, their versions with ONNX upload, and each version's layer profile as
 * a chart.
 */
package io.edgewise.ui.registry;
