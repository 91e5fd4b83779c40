package io.edgewise.registry.profiling;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.NotFound;
import io.edgewise.base.error.Unprocessable;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionRepository;
import io.edgewise.registry.ServingShapeDeclared;
import io.edgewise.registry.ServingShapeRules;
import io.edgewise.registry.VersionUploaded;
import io.edgewise.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Use cases on a version's profiling jobs: queue one on upload, show the latest, queue another on
 * request.
 */
@ApplicationScoped
public class ProfilingService {

  @Inject ModelVersionRepository versions;
  @Inject ProfilingJobRepository jobs;
  @Inject ProfilingConfig config;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** Queues the first job of a new version, in the upload's own transaction. */
  void onUpload(@Observes VersionUploaded event) {
    if (config.enabled()) {
      queue(event.version());
    }
  }

  /** A new serving shape changes every cost: profile again, unless a job already waits or runs. */
  void onShapeDeclared(@Observes ServingShapeDeclared event) {
    if (config.enabled() && jobs.active(event.version().id).isEmpty()) {
      queue(event.version());
    }
  }

  @Transactional
  public ProfilingJob latest(UUID modelId, UUID versionId) {
    versions.require(modelId, versionId);
    return jobs.latest(versionId)
        .orElseThrow(() -> new NotFound("profiling job of model version " + versionId));
  }

  /**
   * Queues a new job; the waiting one when a job is already queued; 409 while one runs; 422 naming
   * the inputs and dimensions to declare while the serving shape is missing.
   */
  @Transactional
  public ProfilingJob requeue(UUID modelId, UUID versionId) {
    ModelVersion version = versions.require(modelId, versionId);
    ServingShapeRules.advice(version)
        .ifPresent(
            advice -> {
              throw new Unprocessable(
                  "undeclared-input-shape",
                  "model version "
                      + version.label
                      + " cannot be profiled on a made-up input: "
                      + advice);
            });
    ProfilingJob active = jobs.active(versionId).orElse(null);
    if (active != null && active.state == ProfilingState.RUNNING) {
      throw new Conflict(
          "model version "
              + versionId
              + " is being profiled ("
              + active.step
              + "); queue again once it finishes");
    }
    return active != null ? active : queue(version);
  }

  private ProfilingJob queue(ModelVersion version) {
    ProfilingJob job = new ProfilingJob();
    job.modelVersionId = version.id;
    job.state = ProfilingState.QUEUED;
    job.step = "waiting for a runner";
    job.requestedBy = caller.name();
    jobs.create(job);
    jobs.flush();
    audit.record("queue", "profiling-job", job.id, "profile version " + version.label);
    return job;
  }
}
