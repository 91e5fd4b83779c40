/**
 * SLO-blind placement baselines (round-robin, least-loaded, first-fit decreasing by memory) that
 * the lab and the benchmarks compare the production placement against.
 */
package io.edgewise.planning.lab.placement;
