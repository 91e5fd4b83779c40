package io.edgewise.ui.deployment;

import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.deployment.Objective;
import io.edgewise.deployment.Strategy;
import io.edgewise.fleet.SmartDomain;
import java.util.Locale;

/** Readable names (and one-line explanations) of the enums a deployment carries. */
final class DeploymentLabels {

  private DeploymentLabels() {}

  static String objective(Objective objective) {
    return switch (objective) {
      case MIN_LATENCY -> "Lowest latency";
      case MIN_DEVICE_ENERGY -> "Least device energy";
      case MAX_ACCURACY -> "Highest accuracy";
    };
  }

  static String explain(Objective objective) {
    return switch (objective) {
      case MIN_LATENCY -> "The fastest end-to-end answer (Neurosurgeon).";
      case MIN_DEVICE_ENERGY ->
          "Spend the least battery on the device among plans that meet the SLO.";
      case MAX_ACCURACY ->
          "The most accurate early exit and split among plans that meet the SLO (Edgent).";
    };
  }

  static String strategy(Strategy strategy) {
    return switch (strategy) {
      case AUTO -> "Auto";
      case EDGE_ONLY -> "Edge only";
      case DEVICE_ONLY -> "Device only";
      case SPLIT -> "Split";
    };
  }

  static String explain(Strategy strategy) {
    return switch (strategy) {
      case AUTO -> "The planner chooses device, edge, cloud or a split between them.";
      case EDGE_ONLY -> "The whole model runs on an edge GPU.";
      case DEVICE_ONLY -> "The whole model runs on the devices.";
      case SPLIT -> "The model is split between device, edge and possibly cloud.";
    };
  }

  static String domain(SmartDomain domain) {
    return switch (domain) {
      case SMART_MULTIMEDIA -> "Smart multimedia";
      case SMART_TRANSPORTATION -> "Smart transportation";
      case SMART_CITY -> "Smart city";
      case SMART_INDUSTRY -> "Smart industry";
    };
  }

  static String status(DeploymentStatus status) {
    String name = status.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String ms(double ms) {
    boolean whole = ms >= 100 || ms == Math.rint(ms);
    return String.format(Locale.ROOT, whole ? "%.0f ms" : "%.1f ms", ms);
  }
}
