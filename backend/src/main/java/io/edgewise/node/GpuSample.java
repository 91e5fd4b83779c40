package io.edgewise.node;

/** The live state of one GPU in a heartbeat; null values mean the agent could not read them. */
public record GpuSample(
    int index, Double utilizationPct, Long memoryUsedMib, Double temperatureC) {}
