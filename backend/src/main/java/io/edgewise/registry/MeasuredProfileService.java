package io.edgewise.registry;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Merges per-layer times an agent measured on its accelerator into a version's profile, under the
 * accelerator's hardware key, and the batch curves agents measure. The agent's key wins for that
 * hardware (the control plane's profiler only writes its own key); every other key, the layers and
 * the exits are kept.
 */
@ApplicationScoped
public class MeasuredProfileService {

  /** One layer's measured time. */
  public record LayerTime(String name, double ms) {}

  @Inject ModelVersionRepository versions;
  @Inject VersionProfileRepository profiles;
  @Inject AuditLog audit;

  /**
   * 404 for another tenant's version, 409 without a profile, 400 naming {@code layers[i].name} for
   * an unknown or repeated layer.
   */
  @Transactional
  public VersionProfile merge(UUID versionId, String hardware, List<LayerTime> times) {
    VersionProfile profile = requireProfile(versionId);
    Map<String, Double> byName = checked(profile, times);
    List<ProfiledLayer> merged = new ArrayList<>();
    for (ProfiledLayer l : profile.layers) {
      Double ms = byName.get(l.name());
      if (ms == null) {
        merged.add(l);
      } else {
        Map<String, Double> measured = new HashMap<>(l.measuredMs());
        measured.put(hardware, ms);
        merged.add(l.withMeasuredMs(measured));
      }
    }
    profile.layers = merged;
    // REFERENCE names where the layers come from (a published architecture); measured times do not
    // change that
    if (profile.source != ProfileSource.REFERENCE) {
      profile.source = ProfileSource.MEASURED;
    }
    profiles.flush();
    audit.record(
        "update",
        "profile",
        versionId,
        byName.size() + " layer times measured on " + hardware + " by an agent");
    return profile;
  }

  /**
   * Stores the batch curve an agent measured on {@code hardware}, replacing that key's earlier
   * curve and keeping the others (placement reads the edge hardware's). 404 for another tenant's
   * version, 409 without a profile, 400 naming {@code points[i]…} for a curve that breaks {@link
   * BatchCurves}' rules.
   */
  @Transactional
  public VersionProfile mergeBatchCurve(UUID versionId, String hardware, List<BatchPoint> points) {
    BatchCurves.check(points);
    VersionProfile profile = requireProfile(versionId);
    Map<String, List<BatchPoint>> curves = new HashMap<>(profile.batchCurves);
    curves.put(hardware, List.copyOf(points));
    profile.batchCurves = curves;
    profiles.flush();
    audit.record(
        "update",
        "profile",
        versionId,
        "batch curve up to batch "
            + points.get(points.size() - 1).batch()
            + " measured on "
            + hardware
            + " by an agent");
    return profile;
  }

  private VersionProfile requireProfile(UUID versionId) {
    versions.requireOwned(versionId);
    return profiles
        .findByVersion(versionId)
        .orElseThrow(
            () ->
                new Conflict(
                    "model version "
                        + versionId
                        + " has no layer profile yet; agent times are merged into the profile"
                        + " its profiling job stores"));
  }

  private static Map<String, Double> checked(VersionProfile profile, List<LayerTime> times) {
    Set<String> known = new HashSet<>();
    profile.layers.forEach(l -> known.add(l.name()));
    Map<String, Double> byName = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      String name = times.get(i).name();
      if (!known.contains(name)) {
        errors.add(
            new FieldError(
                "layers[" + i + "].name", "the profile has no layer named '" + name + "'"));
      } else if (byName.put(name, times.get(i).ms()) != null) {
        errors.add(
            new FieldError(
                "layers[" + i + "].name", "layer '" + name + "' appears more than once"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("the layer times name layers the profile does not have", errors);
    }
    return byName;
  }
}
