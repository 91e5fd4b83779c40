package io.edgewise.planning;

/**
 * Where the predicted milliseconds of one inference go, and what crosses the links, for one
 * partition.
 *
 * @param downlinkMs the answer's way back to the device (its bytes over each link between the
 *     answering tier and the device); 0 in plans stored before it was charged
 * @param totalMs the sum of the parts above
 * @param deviceEnergyJoules device compute and radio energy (bytes sent and received) of one
 *     inference
 * @param meetsSlo whether the partition alone (before queueing at the GPU) fits the partition's
 *     budget, {@link PartitionSummary#partitionBudgetMs()} (the whole SLO in plans stored before
 *     the budget)
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
