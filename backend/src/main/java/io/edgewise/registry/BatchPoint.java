package io.edgewise.registry;

/**
 * One point of a batch curve: the milliseconds one run of a batch of {@code batch} inputs takes on
 * a piece of hardware, as an agent measured it.
 */
public record BatchPoint(int batch, double ms) {}
