package io.edgewise.ui.site;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.edgewise.node.ModelReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The models a node's agent last reported: which version, where it stands (stored, loading, loaded,
 * failed), load time.
 */
final class NodeModels extends Grid<ModelReport> {

  NodeModels(List<ModelReport> reports, Map<UUID, String> names) {
    addColumn(r -> names.getOrDefault(r.versionId(), "a deleted version"))
        .setHeader("Model version")
        .setKey("version")
        .setAutoWidth(true);
    addColumn(r -> r.state().name()).setHeader("State").setKey("state").setAutoWidth(true);
    addColumn(r -> r.loadMs() == null ? "—" : String.format(Locale.ROOT, "%.0f ms", r.loadMs()))
        .setHeader("Load time")
        .setKey("load")
        .setAutoWidth(true);
    addColumn(r -> r.sha256().substring(0, 12) + "…").setHeader("Artifact").setAutoWidth(true);
    addColumn(r -> r.error() == null ? "" : r.error())
        .setHeader("Error")
        .setKey("error")
        .setFlexGrow(1);
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    setEmptyStateText("The agent holds no models: the plan assigns none to this node.");
    setAllRowsVisible(true);
    setItems(reports);
  }
}
