/**
 * The what-if lab's engines, which production does not run yet: cache policies and their simulator
 * with synthetic and recorded traces, SLO-blind placement baselines and reference hardware; the
 * engines that plan production live in {@code partitioning}, {@code placement} and {@code caching}.
 */
package io.edgewise.planning.lab;
