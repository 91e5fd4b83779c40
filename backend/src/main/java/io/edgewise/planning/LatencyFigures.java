package io.edgewise.planning;

/**
 * Where the predicted milliseconds of one inference go, and what crosses the links, for one
 * partition.
 *
 * @param downlinkMs time to send the result back to the device
 * @param deviceEnergyJoules device compute and radio energy of one inference
 * @param meetsSlo whether the partition alone (before queueing at the GPU) fits the latency SLO
 */
public record LatencyFigures(
    double deviceMs,
    double uplinkMs,
    double edgeMs,
    double edgeToCloudMs,
    double cloudMs,
    double downlinkMs,
    double totalMs,
    long bytesUplinked,
    long bytesToCloud,
    double deviceEnergyJoules,
    double accuracy,
    boolean meetsSlo) {}
