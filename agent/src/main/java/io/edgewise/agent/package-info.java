/**
 * The edge agent's entry point: reads its settings, discovers the hardware and runs the
 * control-plane link.
 */
package io.edgewise.agent;
