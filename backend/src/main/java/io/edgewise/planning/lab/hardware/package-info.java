/**
 * Reference hardware (device, edge and cloud tiers), link presets and FLOPs-based layer-time
 * estimates, for what-if partitioning of the reference models.
 */
package io.edgewise.planning.lab.hardware;
