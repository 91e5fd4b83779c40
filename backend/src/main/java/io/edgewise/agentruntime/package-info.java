/**
 * The agent runtime: what each node serves (assignments), the files it downloads, split artifacts
 * and agent-measured profiles.
 */
package io.edgewise.agentruntime;
