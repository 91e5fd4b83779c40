/**
 * The plan follower: polls {@code GET /api/v1/agent/assignments} (ETag, 304) every heartbeat
 * interval and at once when a heartbeat names a new plan, asks the model store for the artifacts
 * the assignments name, and hands serving the resulting {@link
 * io.edgewise.agent.serving.ServingPlan}. The last plan keeps being served while the control plane
 * is unreachable.
 */
package io.edgewise.agent.plan;
