package io.edgewise.registry.profiling;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.registry.ArtifactStore;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionRepository;
import io.edgewise.registry.ServingShapeRules;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileRepository;
import io.edgewise.registry.VersionProfileService;
import io.edgewise.registry.VersionProfileService.ProfileData;
import io.edgewise.registry.onnx.InputShapes;
import io.edgewise.registry.onnx.OnnxGraph;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Profiles one claimed version, in its tenant's scope: (a) reads and analyses the graph, (b) times
 * it on the CPU prefix by prefix, (c) stores a MEASURED profile merged with what is there. When (b)
 * fails (an operator ONNX Runtime lacks, an input it cannot feed, the time limit) the job fails
 * with the reason, and a graph-only ESTIMATED profile is stored if the version has none. Holds no
 * transaction while timing.
 */
@ApplicationScoped
public class VersionProfiler {

  private static final Logger LOG = Logger.getLogger(VersionProfiler.class);

  /**
   * Share of the progress bar for reading the graph; timing takes up to {@link #TIMED}, storing the
   * rest.
   */
  private static final double PARSED = 0.05;

  private static final double TIMED = 0.95;

  private record Target(ModelVersion version, Path file) {}

  @Inject ModelVersionRepository versions;
  @Inject VersionProfileRepository profiles;
  @Inject VersionProfileService profileService;
  @Inject ArtifactStore store;
  @Inject JobLedger ledger;
  @Inject ProfilingConfig config;

  void profile(ProfilingQueue.Claim claim) {
    long started = System.nanoTime();
    Instant deadline = Instant.now().plus(config.timeLimit());
    ledger.progress(claim, 0, "reading the graph");
    Optional<Target> target =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    versions
                        .findOwned(claim.versionId())
                        .map(v -> new Target(v, store.locate(v.artifactKey))));
    if (target.isEmpty()) {
      return; // the version was deleted, and its jobs with it
    }
    Optional<String> undeclared = ServingShapeRules.advice(target.get().version);
    if (undeclared.isPresent()) {
      ledger.finish(
          claim,
          ProfilingState.FAILED,
          "failed",
          "cannot profile on a made-up input: " + undeclared.get());
      return;
    }
    GraphLayers layers;
    OnnxGraph graph;
    try {
      graph =
          OnnxGraph.of(
              InputShapes.bind(read(target.get().file()), target.get().version.servingShapes));
      layers = GraphLayers.of(graph);
    } catch (IllegalArgumentException e) {
      ledger.finish(
          claim,
          ProfilingState.FAILED,
          "failed",
          "the graph cannot be analysed: " + e.getMessage());
      return;
    }
    ledger.progress(claim, PARSED, "graph read: " + layers.layers().size() + " layers");
    List<Double> gflops = layers.layers().stream().map(l -> l.gflops()).toList();
    CpuTimer timer =
        new CpuTimer(config.warmupRuns(), config.timedRuns(), config.threads(), deadline);
    List<Double> ms;
    try {
      ms =
          PrefixProfiler.layerMs(
              graph,
              gflops,
              timer,
              (done, total, step) ->
                  ledger.progress(claim, PARSED + (TIMED - PARSED) * done / total, step));
    } catch (JobLedger.ClaimLost e) {
      throw e;
    } catch (RuntimeException e) {
      // ONNX Runtime lacks an operator, an input cannot be fed, the time limit ran out, or DJL
      // itself failed
      fallBack(
          claim,
          target.get().version,
          layers,
          e instanceof CpuTimer.TimeLimitExceeded || e instanceof CpuTimer.RuntimeRefused
              ? e.getMessage()
              : "timing failed: " + CpuTimer.rootMessage(e));
      return;
    }
    ledger.progress(claim, TIMED, "storing the profile");
    ProfileData[] stored = {null};
    Optional<String> refused =
        store(
            target.get().version,
            existing -> {
              stored[0] = ProfileMerge.measured(existing, layers, ms, config.hardwareKey());
              return Optional.of(stored[0]);
            });
    if (refused.isPresent()) {
      ledger.finish(claim, ProfilingState.FAILED, "failed", refused.get());
      return;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double totalMs = ms.stream().mapToDouble(Double::doubleValue).sum();
    // over a REFERENCE or agent's layering the stored profile keeps its own layers: say what was
    // stored, not what was timed
    String outcome =
        String.format(
            Locale.ROOT,
            "stored a %s profile: %d layers; timed %d graph layers, %.3f ms per sample on %s"
                + " (profiled in %.1f s)%s",
            stored[0].source(),
            stored[0].layers().size(),
            ms.size(),
            totalMs,
            config.hardwareKey(),
            seconds,
            graphNotes(layers));
    LOG.infof("Profiled version %s: %s", claim.versionId(), outcome);
    ledger.finish(claim, ProfilingState.SUCCEEDED, outcome, null);
  }

  /**
   * The timing failed: the job fails with the reason; the graph alone still gives an estimate where
   * nothing better exists.
   */
  private void fallBack(
      ProfilingQueue.Claim claim, ModelVersion version, GraphLayers layers, String reason) {
    boolean[] written = {false};
    Optional<String> refused =
        store(
            version,
            existing -> {
              Optional<ProfileData> estimate = ProfileMerge.estimated(existing, layers);
              written[0] = estimate.isPresent();
              return estimate;
            });
    String outcome =
        refused
            .map(r -> "; no estimate was stored either: " + r)
            .orElse(
                written[0]
                    ? "; stored an ESTIMATED profile from the graph analysis instead"
                    : "; the existing profile was kept");
    ledger.finish(claim, ProfilingState.FAILED, "failed", reason + outcome);
  }

  /**
   * Writes what {@code decide} makes of the current profile; the reason when the profile rules
   * refuse it.
   */
  private Optional<String> store(
      ModelVersion version, Function<VersionProfile, Optional<ProfileData>> decide) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  decide
                      .apply(profiles.findByVersion(version.id).orElse(null))
                      .ifPresent(
                          data ->
                              profileService.put(
                                  version.modelId, version.id, ExpectedVersion.ANY, data)));
      return Optional.empty();
    } catch (DomainException e) {
      String fields =
          e.errors() == null
              ? ""
              : e.errors().stream()
                  .map(f -> f.field() + ": " + f.message())
                  .collect(Collectors.joining("; ", " (", ")"));
      return Optional.of("the profile was refused: " + e.getMessage() + fields);
    }
  }

  private static String graphNotes(GraphLayers layers) {
    return layers.unknown().isEmpty()
        ? ""
        : "; FLOPs or output size unknown (no formula or shape) for "
            + layers.unknown()
            + ", so the planner cannot cut after those layers";
  }

  private static ModelProto read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return ModelProto.parseFrom(in);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the artifact is not a readable ONNX model: " + e.getMessage(), e);
    }
  }
}
