/**
 * The link to the control plane: registration, its persisted state, heartbeats, retries and their
 * backoff.
 */
package io.edgewise.agent.link;
