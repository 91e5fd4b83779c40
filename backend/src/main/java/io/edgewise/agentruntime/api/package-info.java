/**
 * REST endpoints of the agent runtime: assignments, artifact downloads, agent profiles and
 * deployment splits.
 */
package io.edgewise.agentruntime.api;
