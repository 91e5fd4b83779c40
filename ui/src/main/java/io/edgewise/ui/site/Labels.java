package io.edgewise.ui.site;

import com.vaadin.flow.component.html.Span;
import io.edgewise.node.Node;
import io.edgewise.node.NodeStatus;
import io.edgewise.node.SiteNodeCounts;
import io.edgewise.site.Paradigm;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Readable names for paradigms and node states, and the status badge of a node. */
public final class Labels {

  private Labels() {}

  public static String paradigm(Paradigm p) {
    return switch (p) {
      case CLOUDLET -> "Cloudlet";
      case FOG -> "Fog";
      case MEC -> "Mobile edge (MEC)";
      case CLOUD -> "Cloud";
    };
  }

  /** "3 of 4 nodes online", or "No nodes". */
  public static String siteStatus(SiteNodeCounts counts) {
    if (counts.nodes() == 0) {
      return "No nodes";
    }
    return counts.online()
        + " of "
        + counts.nodes()
        + (counts.nodes() == 1 ? " node" : " nodes")
        + " online";
  }

  public static Span badge(NodeStatus status) {
    Span badge = new Span(status.name());
    badge.addClassNames("ew-badge", "ew-badge-" + status.name().toLowerCase(Locale.ROOT));
    return badge;
  }

  /** A node's GPUs in short: "2 × NVIDIA T4, NVIDIA A2", or "none". */
  public static String gpus(Node node) {
    if (node.gpus.isEmpty()) {
      return "none";
    }
    return node.gpus.stream()
        .collect(
            Collectors.groupingBy(
                g -> g.vendor + " " + g.model, TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " × " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
