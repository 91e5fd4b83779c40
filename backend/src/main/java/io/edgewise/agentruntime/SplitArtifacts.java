package io.edgewise.agentruntime;

import ai.onnx.proto.OnnxMl.ModelProto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agentruntime.SplitLayout.Candidate;
import io.edgewise.base.persistence.TenantContext;
import io.edgewise.registry.ArtifactStore;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.SplitArtifact;
import io.edgewise.registry.SplitArtifactService;
import io.edgewise.registry.SplitTensor;
import io.edgewise.registry.StagedArtifact;
import io.edgewise.registry.onnx.GraphNode;
import io.edgewise.registry.onnx.InputShapes;
import io.edgewise.registry.onnx.OnnxGraph;
import io.edgewise.registry.onnx.OnnxSplitter;
import io.edgewise.registry.onnx.SplitModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Head and tail files for a (version, cut), built with {@link OnnxSplitter} on first need and
 * stored in the artifact store. Built once: a concurrent second builder writes the same
 * content-addressed files and its row insert does nothing, so both read the first row. Callers hold
 * a transaction.
 */
@ApplicationScoped
public class SplitArtifacts {

  /** A split's artifacts, or why the artifact's graph cannot be split as planned. */
  public record Built(SplitArtifact artifact, String note) {}

  /**
   * Past this many remembered failures the memory starts afresh; each entry is one (version,
   * profile version, cut).
   */
  private static final int MAX_REMEMBERED = 10_000;

  /**
   * Why a (version, profile version, cut) could not be split: agents poll every few seconds, and
   * without this each poll would parse the whole ONNX file again only to fail the same way.
   */
  private final Map<String, String> failures = new ConcurrentHashMap<>();

  @Inject SplitArtifactService splits;
  @Inject TenantContext tenant;
  @Inject ArtifactStore store;
  @Inject ObjectMapper json;

  /**
   * The stored split of {@code version} at {@code candidate}'s cut, building it when none exists;
   * {@code profileVersion} tells a changed profile (which may now match the graph) from the one
   * that failed.
   */
  public Built ensure(
      ModelVersion version, long profileVersion, List<String> layerNames, Candidate candidate) {
    var existing = splits.find(version.id, candidate.cut());
    if (existing.isPresent()) {
      return new Built(existing.get(), null);
    }
    String key = version.id + "/" + profileVersion + "/" + candidate.cut();
    String failed = failures.get(key);
    if (failed != null) {
      return new Built(null, failed);
    }
    Built built = build(version, layerNames, candidate);
    if (built.artifact() == null) {
      if (failures.size() >= MAX_REMEMBERED) {
        failures.clear();
      }
      failures.put(key, built.note());
    }
    return built;
  }

  private Built build(ModelVersion version, List<String> layerNames, Candidate candidate) {
    OnnxGraph graph;
    try {
      // the declared serving shape sizes the tensors a cut sends (symbolic H and W could not)
      graph = OnnxGraph.of(InputShapes.bind(read(version), version.servingShapes));
    } catch (IllegalArgumentException e) {
      return new Built(
          null,
          "the artifact's graph cannot be analysed ("
              + e.getMessage()
              + "); the full model is served");
    }
    List<GraphNode> compute = graph.computeNodes();
    String mismatch =
        SplitLayout.mismatch(layerNames, compute.stream().map(GraphNode::name).toList());
    if (mismatch != null) {
      return new Built(null, mismatch);
    }
    Set<String> device =
        candidate.deviceIndexes().stream()
            .map(i -> compute.get(i).name())
            .collect(Collectors.toSet());
    SplitModel split;
    try {
      split = OnnxSplitter.split(graph, device);
    } catch (IllegalArgumentException e) {
      return new Built(
          null,
          "the planned cut cannot be made in the ONNX file ("
              + e.getMessage()
              + "); the full model is served");
    }
    SplitArtifact row = new SplitArtifact();
    row.modelVersionId = version.id;
    row.cut = candidate.cut();
    row.deviceLayers = candidate.deviceIndexes().size();
    StagedArtifact head = stored(split.head());
    row.headSha256 = head.sha256();
    row.headSizeBytes = head.sizeBytes();
    StagedArtifact tail = stored(split.tail());
    row.tailSha256 = tail.sha256();
    row.tailSizeBytes = tail.sizeBytes();
    row.tailInputs =
        split.tailInputs().stream().map(t -> SplitTensors.of(graph.tensor(t))).toList();
    return new Built(splits.recordOnce(row, toJson(row.tailInputs)), null);
  }

  private ModelProto read(ModelVersion version) {
    try (InputStream in = Files.newInputStream(store.locate(version.artifactKey))) {
      return ModelProto.parseFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the artifact of version " + version.id, e);
    }
  }

  private StagedArtifact stored(ModelProto model) {
    try (StagedArtifact staged = store.stage(new ByteArrayInputStream(model.toByteArray()))) {
      store.promote(tenant.tenantId(), staged);
      return staged;
    }
  }

  private String toJson(List<SplitTensor> tensors) {
    try {
      return json.writeValueAsString(tensors);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tensor descriptions are plain data and always serialise", e);
    }
  }
}
