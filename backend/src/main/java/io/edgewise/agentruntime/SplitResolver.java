package io.edgewise.agentruntime;

import io.edgewise.agentruntime.SplitArtifacts.Built;
import io.edgewise.agentruntime.SplitLayout.Candidate;
import io.edgewise.agentruntime.SplitLayout.Decision;
import io.edgewise.agentruntime.SplitLayout.NotExecutable;
import io.edgewise.planning.PartitionSummary;
import io.edgewise.planning.PlanEntry;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The executable split of a plan entry, if any: its stored artifacts, or a note on why the full
 * model is served.
 */
@ApplicationScoped
public class SplitResolver {

  @Inject VersionProfileService profiles;
  @Inject SplitArtifacts artifacts;

  /** Within a transaction. {@code Built(null, null)}: the plan runs nothing on the device. */
  public Built resolve(PlanEntry entry, ModelVersion version) {
    PartitionSummary partition = entry.partition;
    if (partition == null) {
      return new Built(null, null);
    }
    VersionProfile profile = profiles.findByVersion(version.id).orElse(null);
    List<String> names =
        profile == null ? null : profile.layers.stream().map(ProfiledLayer::name).toList();
    String source = profile == null ? null : profile.source.name();
    Decision decision =
        SplitLayout.decide(partition.tiers(), partition.exitAfterLayer(), source, names);
    if (decision instanceof NotExecutable notExecutable) {
      return new Built(null, notExecutable.note());
    }
    if (decision instanceof Candidate candidate) {
      return artifacts.ensure(version, profile.version, names, candidate);
    }
    return new Built(null, null);
  }
}
