package io.edgewise.planning;

import io.edgewise.planning.placement.PlacementPlan;
import io.edgewise.planning.placement.PlacementScore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The previous stored plan's GPUs per deployment, in the shape incremental placement starts from.
 */
final class PreviousPlacement {

  private PreviousPlacement() {}

  static PlacementPlan of(Map<UUID, List<UUID>> gpusByDeployment) {
    Map<String, List<String>> gpus =
        gpusByDeployment.entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().toString(),
                    e -> e.getValue().stream().map(UUID::toString).toList()));
    return new PlacementPlan(
        gpus,
        Map.of(),
        Map.of(),
        Map.of(),
        List.of(),
        0,
        0,
        new PlacementScore(0, 0, 0),
        0,
        Duration.ZERO);
  }
}
