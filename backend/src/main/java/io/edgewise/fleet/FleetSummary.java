package io.edgewise.fleet;

/** A fleet with its device counts, as lists and detail views show it. */
public record FleetSummary(Fleet fleet, DeviceCounts devices) {}
