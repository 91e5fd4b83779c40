/**
 * Splitting a DNN's layers (chain or DAG) between device, edge and cloud, with early exits, for
 * latency, energy or accuracy (Neurosurgeon, DADS, Huang et al., Edgent).
 */
package io.edgewise.planning.partitioning;
