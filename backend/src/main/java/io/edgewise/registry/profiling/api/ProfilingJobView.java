package io.edgewise.registry.profiling.api;

import io.edgewise.registry.profiling.ProfilingJob;
import io.edgewise.registry.profiling.ProfilingState;
import java.time.Instant;
import java.util.UUID;

/** A profiling job as the API shows it. */
public record ProfilingJobView(
    UUID id,
    UUID modelVersionId,
    ProfilingState state,
    double progress,
    String step,
    String error,
    int attempts,
    String requestedBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  static ProfilingJobView of(ProfilingJob j) {
    return new ProfilingJobView(
        j.id,
        j.modelVersionId,
        j.state,
        j.progress,
        j.step,
        j.error,
        j.attempts,
        j.requestedBy,
        j.createdAt,
        j.startedAt,
        j.finishedAt);
  }
}
