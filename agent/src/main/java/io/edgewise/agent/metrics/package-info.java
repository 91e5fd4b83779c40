/**
 * Metrics: serving's events aggregated per deployment and minute, pushed to {@code POST
 * /api/v1/metrics} once a minute, buffered on disk while the control plane is unreachable. Also the
 * {@link io.edgewise.agent.serving.ServingEvents} bean that feeds them (and heartbeat model reports
 * and agent-measured profiles).
 */
package io.edgewise.agent.metrics;
