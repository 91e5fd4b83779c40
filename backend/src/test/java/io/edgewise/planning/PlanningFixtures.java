package io.edgewise.planning;

import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.partitioning.profiles.ModelProfile;
import io.edgewise.registry.ProfiledLayer;
import io.smallrye.config.WithDefault;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Planner inputs for plain-Java tests: configuration at its defaults, one-deployment tenants. */
final class PlanningFixtures {

  private PlanningFixtures() {}

  /** {@link PlanningConfig} with every value at its {@code @WithDefault}, some overridden. */
  static PlanningConfig config(Map<String, Object> overrides) {
    return (PlanningConfig)
        Proxy.newProxyInstance(
            PlanningConfig.class.getClassLoader(),
            new Class<?>[] {PlanningConfig.class},
            (proxy, method, args) -> {
              if (overrides.containsKey(method.getName())) {
                return overrides.get(method.getName());
              }
              String text = method.getAnnotation(WithDefault.class).value();
              Class<?> type = method.getReturnType();
              if (type == double.class) {
                return Double.parseDouble(text);
              }
              if (type == int.class) {
                return Integer.parseInt(text);
              }
              if (type == Duration.class) {
                return Duration.parse("PT" + text.toUpperCase());
              }
              return text;
            });
  }

  /** The reference model's layers as a float32 profile with no measurements. */
  static List<ProfiledLayer> layers(ModelProfile model) {
    return model.layers().stream()
        .map(
            l ->
                new ProfiledLayer(
                    l.name(), l.gflops(), l.outputBytes(), l.inputs(), Map.of(), null))
        .toList();
  }

  /** An EDGE_ONLY, latency-minimising deployment of {@code layers} from site {@code home}. */
  static DeploymentInput edgeOnly(UUID home, long inputBytes, List<ProfiledLayer> layers) {
    return new DeploymentInput(
        UUID.randomUUID(),
        "detector",
        UUID.randomUUID(),
        100_000_000L,
        inputBytes,
        "EDGE_ONLY",
        "MIN_LATENCY",
        10_000,
        null,
        1,
        home,
        List.of(home),
        "cameras",
        10,
        2,
        50,
        5,
        1,
        new ProfileInput("MEASURED", inputBytes, 512, null, layers, List.of(), Map.of()),
        null);
  }
}
