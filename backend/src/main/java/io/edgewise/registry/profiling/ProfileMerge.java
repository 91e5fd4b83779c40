package io.edgewise.registry.profiling;

import io.edgewise.registry.ProfileSource;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService.ProfileData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the profiler stores, given the profile already there (one rule per method). Agents report
 * their own timings under their accelerator's key, and those win for that key: the profiler only
 * ever sets its own key and carries every other key over.
 */
final class ProfileMerge {

  private ProfileMerge() {}

  /**
   * The measured profile. With no profile yet: the graph's layers with the CPU timings. Over a
   * profile with the same layer names (a re-run, or an agent's profile of this graph): the same,
   * keeping the other hardware keys' timings, the accuracy, the exits and the memory figure. Over a
   * MEASURED or REFERENCE profile whose layers differ (an agent profiled its own layering; an
   * operator stated the published architecture): that profile's layers and source stay as they are,
   * and only those named like a graph node get the CPU timing. Over an ESTIMATED profile's
   * differing layers: the graph's layers replace them (measured beats estimated), keeping timings
   * by layer name, the accuracy and the memory figure; the exits go, since they point at layers
   * that no longer exist.
   */
  static ProfileData measured(
      VersionProfile existing, GraphLayers graph, List<Double> ms, String hardware) {
    List<ProfiledLayer> timed = graph.timed(hardware, ms);
    if (existing == null) {
      return new ProfileData(
          ProfileSource.MEASURED, graph.inputBytes(), null, null, timed, List.of());
    }
    boolean sameLayers = names(existing.layers).equals(names(timed));
    if (!sameLayers && existing.source != ProfileSource.ESTIMATED) {
      Map<String, Double> byName = new HashMap<>();
      timed.forEach(l -> byName.put(l.name(), l.measuredMs().get(hardware)));
      List<ProfiledLayer> annotated =
          existing.layers.stream()
              .map(
                  l ->
                      byName.containsKey(l.name())
                          ? withTime(l, hardware, byName.get(l.name()))
                          : l)
              .toList();
      return new ProfileData(
          existing.source,
          existing.inputBytes,
          existing.memoryMib,
          existing.accuracy,
          annotated,
          existing.exits);
    }
    Map<String, ProfiledLayer> previous = new HashMap<>();
    existing.layers.forEach(l -> previous.putIfAbsent(l.name(), l));
    List<ProfiledLayer> merged =
        timed.stream()
            .map(
                l ->
                    previous.containsKey(l.name())
                        ? carryOver(previous.get(l.name()), l, hardware)
                        : l)
            .toList();
    return new ProfileData(
        ProfileSource.MEASURED,
        graph.inputBytes(),
        existing.memoryMib,
        existing.accuracy,
        merged,
        sameLayers ? existing.exits : List.of());
  }

  /**
   * The graph-only profile, when ONNX Runtime could not time the model: written only where no
   * profile exists.
   */
  static Optional<ProfileData> estimated(VersionProfile existing, GraphLayers graph) {
    return existing != null
        ? Optional.empty()
        : Optional.of(
            new ProfileData(
                ProfileSource.ESTIMATED,
                graph.inputBytes(),
                null,
                null,
                graph.layers(),
                List.of()));
  }

  private static ProfiledLayer carryOver(
      ProfiledLayer previous, ProfiledLayer timed, String hardware) {
    Map<String, Double> times = new HashMap<>(previous.measuredMs());
    times.put(hardware, timed.measuredMs().get(hardware));
    return timed.withMeasuredMs(times);
  }

  private static ProfiledLayer withTime(ProfiledLayer layer, String hardware, double ms) {
    Map<String, Double> times = new HashMap<>(layer.measuredMs());
    times.put(hardware, ms);
    return layer.withMeasuredMs(times);
  }

  private static List<String> names(List<ProfiledLayer> layers) {
    List<String> names = new ArrayList<>();
    layers.forEach(l -> names.add(l.name()));
    return names;
  }
}
