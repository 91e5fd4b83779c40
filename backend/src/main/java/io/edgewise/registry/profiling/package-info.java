/**
 * Profiling of uploaded ONNX versions in the background: the job queue, the runner and the CPU
 * latency probe.
 */
package io.edgewise.registry.profiling;
