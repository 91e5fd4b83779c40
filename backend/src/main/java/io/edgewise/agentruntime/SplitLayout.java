package io.edgewise.agentruntime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which layers of a planned partition an agent can execute split: the plan's tiers align with the
 * profile's layers; DEVICE layers form the head, every other non-SKIPPED layer (EDGE, and CLOUD
 * too, since agents run two tiers only) the tail. A split is executable when the profile's layers
 * are the artifact's compute nodes, in order.
 */
public final class SplitLayout {

  /**
   * Profile sources whose layers come from the artifact's graph; REFERENCE layers describe a
   * published architecture.
   */
  private static final List<String> GRAPH_SOURCES = List.of("MEASURED", "ESTIMATED");

  private static final int CUT_DIGEST_HEX = 12;

  /** What the plan asks of the agent for one deployment. */
  public sealed interface Decision {}

  /** The plan runs nothing on the device: the whole model is served, nothing to explain. */
  public record Whole() implements Decision {}

  /** The plan splits but the agent cannot execute it; {@code note} says why. */
  public record NotExecutable(String note) implements Decision {}

  /**
   * A split to execute if the artifact's graph matches the profile.
   *
   * @param deviceIndexes profile layer indexes on the device side, ascending
   */
  public record Candidate(List<Integer> deviceIndexes, String cut) implements Decision {}

  private SplitLayout() {}

  /**
   * Decides from the plan entry's tiers and exit, and the profile's source and layer names (null
   * without a profile).
   */
  public static Decision decide(
      List<String> tiers, Integer exitAfterLayer, String profileSource, List<String> layerNames) {
    if (tiers == null || !tiers.contains("DEVICE")) {
      return new Whole();
    }
    if (exitAfterLayer != null || tiers.contains("SKIPPED")) {
      return new NotExecutable(
          "the plan answers from the early exit after layer "
              + exitAfterLayer
              + "; agents do not execute early exits yet, so the full model is served");
    }
    if (layerNames == null) {
      return new NotExecutable(
          "the version has no layer profile any more; the full model is served");
    }
    if (!GRAPH_SOURCES.contains(profileSource)) {
      return new NotExecutable(
          "the profile's layers are "
              + profileSource
              + " layers, not the artifact's graph nodes, so the cut cannot be "
              + "made in the ONNX file; the full model is served");
    }
    if (layerNames.size() != tiers.size()) {
      return new NotExecutable(
          "the plan partitions "
              + tiers.size()
              + " layers but the profile now has "
              + layerNames.size()
              + "; the full model is served until the next plan");
    }
    List<Integer> device = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      if ("DEVICE".equals(tiers.get(i))) {
        device.add(i);
      }
    }
    if (device.size() == tiers.size()) {
      return new Whole();
    }
    return new Candidate(List.copyOf(device), cut(device, layerNames));
  }

  /**
   * Null when the profile's layers are the graph's compute nodes in order, else a note saying where
   * they differ.
   */
  public static String mismatch(List<String> layerNames, List<String> computeNodeNames) {
    if (layerNames.size() != computeNodeNames.size()) {
      return "the profile has "
          + layerNames.size()
          + " layers but the artifact's graph "
          + computeNodeNames.size()
          + " compute nodes; the full model is served";
    }
    for (int i = 0; i < layerNames.size(); i++) {
      if (!Objects.equals(layerNames.get(i), computeNodeNames.get(i))) {
        return "profile layer "
            + i
            + " is '"
            + layerNames.get(i)
            + "' but the artifact's graph node "
            + i
            + " is '"
            + computeNodeNames.get(i)
            + "'; the full model is served";
      }
    }
    return null;
  }

  /**
   * The layer count for a prefix of the profile's order, else {@code s} and 12 hex digits of sha256
   * of the sorted device names.
   */
  static String cut(List<Integer> device, List<String> layerNames) {
    boolean prefix = true;
    for (int i = 0; i < device.size(); i++) {
      prefix &= device.get(i) == i;
    }
    if (prefix) {
      return Integer.toString(device.size());
    }
    TreeSet<String> names = new TreeSet<>();
    device.forEach(i -> names.add(layerNames.get(i)));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
      return "s" + HexFormat.of().formatHex(digest).substring(0, CUT_DIGEST_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
