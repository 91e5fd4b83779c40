package io.edgewise.agent.hardware;

/**
 * One GPU as {@code nvidia-smi} reports it; a field it answers {@code [N/A]} or {@code [Not
 * Supported]} for is null.
 *
 * @param migMode {@code Enabled}, {@code Disabled} or null; with MIG on, utilisation is not
 *     reported per GPU
 */
public record GpuReading(
    int index,
    String model,
    Long memoryMib,
    Long memoryUsedMib,
    Double utilizationPct,
    String computeCapability,
    String migMode) {}
