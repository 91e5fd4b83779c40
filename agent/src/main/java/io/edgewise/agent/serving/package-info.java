/**
 * Serving: loads the models the plan assigns to this node into DJL (ONNX Runtime), keeps the plan's
 * resident set warm, and answers {@code POST /v1/infer/{deployment}} and {@code …/from/{cut}} with
 * dynamic batching. Told what to serve by the plan follower ({@link
 * io.edgewise.agent.serving.ServingPlan}); tells the rest of the agent what happened through {@link
 * io.edgewise.agent.serving.ServingEvents}.
 */
package io.edgewise.agent.serving;
