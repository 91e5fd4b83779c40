package io.edgewise.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows that record a version's head/tail files per cut. The agent runtime builds the files; the
 * registry owns the rows, since deleting a version deletes them and their files.
 */
@ApplicationScoped
public class SplitArtifactService {

  @Inject SplitArtifactRepository splits;

  /** The recorded split of a version of the caller's tenant at {@code cut}, if any. */
  @Transactional
  public Optional<SplitArtifact> find(UUID versionId, String cut) {
    return splits.find(versionId, cut);
  }

  /**
   * Records {@code row} unless its (version, cut) already has one, and returns the stored row: a
   * concurrent builder's row when it won the race. {@code tailInputsJson} is the JSON of the tail's
   * inputs.
   */
  @Transactional
  public SplitArtifact recordOnce(SplitArtifact row, String tailInputsJson) {
    splits.insertOnce(row, tailInputsJson);
    return splits.find(row.modelVersionId, row.cut).orElseThrow();
  }
}
