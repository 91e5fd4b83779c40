package io.edgewise.ui.site;

import com.vaadin.flow.component.html.Span;
import io.edgewise.node.NodeStatus;
import io.edgewise.node.SiteNodeCounts;
import io.edgewise.site.Paradigm;
import java.util.Locale;

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
    return counts.online() + " of " + counts.nodes() + (counts.nodes() == 1 ? " node" : " nodes") + " online";
  }

  public static Span badge(NodeStatus status) {
    Span badge = new Span(status.name());
    badge.addClassNames("ew-badge", "ew-badge-" + status.name().toLowerCase(Locale.ROOT));
    return badge;
  }
}
