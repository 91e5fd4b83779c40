/**
 * Every control-plane endpoint an edge agent calls ({@code /api/v1/agent/...}: register, heartbeat,
 * assignments, artifact downloads, measured profiles), and the split download devices call.
 */
package io.edgewise.agentruntime.api;
