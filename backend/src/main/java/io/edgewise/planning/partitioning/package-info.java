/** Splitting a DNN's layers between device, edge and cloud (Neurosurgeon, ASPLOS'17; Huang et al.'s three tiers). */
package io.edgewise.planning.partitioning;
