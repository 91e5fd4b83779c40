package io.edgewise.ui.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.edgewise.analytics.DomainInventoryRow;
import io.edgewise.ui.overview.LiveFigures;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The domain's fleets and deployments: devices, SLO, the p95 agents observed in the last hour, and
 * the latest plan's outcome.
 */
class DomainInventoryGrid extends Grid<DomainInventoryRow> {

  DomainInventoryGrid(List<DomainInventoryRow> rows, Map<UUID, Double> p95LastHour) {
    addClassName("ew-dashboard-inventory");
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    setAllRowsVisible(true);
    addColumn(r -> r.fleet().fleet().name).setHeader("Fleet").setFlexGrow(2);
    addColumn(r -> r.fleet().devices().online() + " / " + r.fleet().devices().total())
        .setHeader("Devices online");
    addColumn(r -> r.deployment().map(d -> d.name).orElse("No deployment"))
        .setHeader("Deployment")
        .setFlexGrow(2);
    addColumn(r -> r.deployment().map(d -> LiveFigures.latency(d.latencySloMs)).orElse("—"))
        .setHeader("SLO");
    addColumn(
            r ->
                r.deployment()
                    .map(d -> p95LastHour.get(d.id))
                    .map(LiveFigures::latency)
                    .orElse("—"))
        .setHeader("Observed p95 (1 h)");
    addColumn(
            r ->
                r.deployment().isEmpty()
                    ? "—"
                    : r.outcome()
                        .map(o -> o.name().replace('_', ' ').toLowerCase())
                        .orElse("not planned"))
        .setHeader("Plan outcome");
    setItems(rows);
  }
}
