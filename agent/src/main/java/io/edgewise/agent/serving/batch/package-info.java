/**
 * Dynamic batching as Triton's dynamic batcher does it: one queue and one execution thread per
 * loaded model.
 */
package io.edgewise.agent.serving.batch;
