/**
 * Per-node times of a whole model on this node, measured with ONNX Runtime's own profiler, for the
 * control plane's profiles.
 */
package io.edgewise.agent.serving.profile;
