package io.edgewise.registry;

/**
 * Fired synchronously inside the transaction that records an uploaded version, so that observers
 * (the profiler's queue) write their rows atomically with it: a failed upload leaves nothing
 * behind.
 */
public record VersionUploaded(ModelVersion version) {}
