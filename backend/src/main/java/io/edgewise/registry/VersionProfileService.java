package io.edgewise.registry;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.NotFound;
import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases on the layer profile of a model version (one per version, replaced as a whole). */
@ApplicationScoped
public class VersionProfileService {

  /**
   * Runtime overhead added to twice the weights when a profile does not state the memory it needs.
   */
  static final long RUNTIME_OVERHEAD_MIB = 256;

  /**
   * A profile as written by a client; {@code memoryMib} null means "estimate from the artifact".
   */
  public record ProfileData(
      ProfileSource source,
      long inputBytes,
      Long memoryMib,
      Double accuracy,
      List<ProfiledLayer> layers,
      List<ProfiledExit> exits) {}

  @Inject ModelVersionRepository versions;
  @Inject VersionProfileRepository profiles;
  @Inject AuditLog audit;

  @Transactional
  public VersionProfile get(UUID modelId, UUID versionId) {
    versions.require(modelId, versionId);
    return profiles
        .findByVersion(versionId)
        .orElseThrow(() -> new NotFound("profile of model version " + versionId));
  }

  /** Which of these versions have a layer profile (lists show it as a yes/no column). */
  @Transactional
  public Set<UUID> profiledAmong(Collection<UUID> versionIds) {
    return profiles.profiledAmong(versionIds);
  }

  /** Creates or replaces the profile; replacing checks the version the caller {@code expected}. */
  @Transactional
  public VersionProfile put(
      UUID modelId, UUID versionId, ExpectedVersion expected, ProfileData data) {
    ModelVersion version = versions.require(modelId, versionId);
    List<FieldError> errors = ProfileRules.check(data.layers(), data.exits());
    if (!errors.isEmpty()) {
      throw new InvalidInput("the profile is not a valid layer graph", errors);
    }
    VersionProfile profile = profiles.findByVersion(versionId).orElse(null);
    boolean created = profile == null;
    if (created) {
      profile = new VersionProfile();
      profile.modelVersionId = versionId;
    } else {
      expected.check(profile.version);
    }
    profile.source = data.source() == null ? ProfileSource.ESTIMATED : data.source();
    profile.inputBytes = data.inputBytes();
    profile.memoryMib =
        data.memoryMib() != null ? data.memoryMib() : estimatedMemoryMib(version.artifactSizeBytes);
    profile.accuracy = data.accuracy();
    profile.layers = new ArrayList<>(data.layers());
    profile.exits = data.exits() == null ? new ArrayList<>() : new ArrayList<>(data.exits());
    if (created) {
      profiles.create(profile);
    }
    profiles.flush();
    audit.record(
        created ? "create" : "update",
        "profile",
        versionId,
        profile.layers.size() + " layers (" + profile.source + ")");
    return profile;
  }

  @Transactional
  public void delete(UUID modelId, UUID versionId) {
    VersionProfile profile = get(modelId, versionId);
    profiles.delete(profile);
    profiles.flush();
    audit.record("delete", "profile", versionId, "layer profile removed");
  }

  /**
   * Weights twice (the loaded copy and the runtime's working buffers) plus a fixed runtime
   * overhead.
   */
  public static long estimatedMemoryMib(long artifactBytes) {
    return Math.max(1, 2 * artifactBytes / (1024 * 1024)) + RUNTIME_OVERHEAD_MIB;
  }

  /** The profile of a version of the caller's tenant, if it has one. */
  @Transactional
  public Optional<VersionProfile> findByVersion(UUID versionId) {
    return profiles.findByVersion(versionId);
  }

  /** The profiles of these versions (versions without one, or another tenant's, are absent). */
  @Transactional
  public List<VersionProfile> findByVersions(Collection<UUID> versionIds) {
    return profiles.findByVersions(versionIds);
  }

  /** Every profile of the caller's tenant (what calibration learns the tenant's hardware from). */
  @Transactional
  public List<VersionProfile> allOwned() {
    return profiles.allOwned();
  }
}
