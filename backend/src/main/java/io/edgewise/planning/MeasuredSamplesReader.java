package io.edgewise.planning;

import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads every measured layer of the caller's tenant, by hardware key, each labelled with its model
 * (versions of one model share layers, so held-out evaluation leaves whole models out).
 */
@ApplicationScoped
public class MeasuredSamplesReader {

  @Inject VersionProfileService profiles;
  @Inject ModelVersionService versions;

  public Map<String, List<LayerSample>> byHardware() {
    List<VersionProfile> all = profiles.allOwned();
    Map<UUID, UUID> modelOf =
        versions.allOwned(all.stream().map(p -> p.modelVersionId).toList()).stream()
            .collect(Collectors.toMap(v -> v.id, (ModelVersion v) -> v.modelId));
    Map<String, List<LayerSample>> samples = new TreeMap<>();
    for (VersionProfile p : all) {
      UUID model = modelOf.getOrDefault(p.modelVersionId, p.modelVersionId);
      MeasuredLayers.addSamples(model.toString(), p.inputBytes, p.layers, samples);
    }
    return samples;
  }
}
