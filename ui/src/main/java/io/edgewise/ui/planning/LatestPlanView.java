package io.edgewise.ui.planning;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.base.access.Role;
import io.edgewise.planning.Plan;
import io.edgewise.planning.PlanEntry;
import io.edgewise.planning.PlanningService;
import io.edgewise.planning.PlanningService.PlanDetail;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The tenant's latest plan: headline figures, then each deployment's outcome, GPUs, predicted p95
 * and split.
 */
@Route(value = "plans", layout = MainLayout.class)
@PageTitle("Plans · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class LatestPlanView extends VerticalLayout {

  @Inject
  public LatestPlanView(PlanningService planning) {
    addClassName("ew-plan");
    add(new H2("Latest plan"));
    planning
        .findLatest()
        .ifPresentOrElse(
            detail -> add(new Paragraph(headline(detail.plan())), entries(detail)),
            () ->
                add(
                    new Paragraph(
                        "No plan yet. Plans are computed a few seconds after deployments, layer"
                            + " profiles or nodes change; operators can also plan now from the"
                            + " overview.")));
  }

  private static String headline(Plan p) {
    String at = TimeTexts.at(p.createdAt);
    return String.format(
        Locale.ROOT,
        "Computed %s after a %s · deployments: %d on edge GPUs, %d off the edge, %d unplaced · "
            + "%d GPUs · SLO attainment %.0f %% · %d replicas moved · solved in %.0f ms",
        at,
        p.trigger.name().toLowerCase(Locale.ROOT).replace('_', ' '),
        p.placed,
        p.deployments - p.placed - p.unplaced,
        p.unplaced,
        p.gpusUsed,
        p.sloAttainment * 100,
        p.moved,
        p.solveMs);
  }

  private static Grid<PlanEntry> entries(PlanDetail detail) {
    Grid<PlanEntry> grid = new Grid<>(PlanEntry.class, false);
    grid.addColumn(e -> e.deploymentName).setHeader("Deployment").setAutoWidth(true);
    grid.addColumn(e -> e.outcome).setHeader("Outcome").setAutoWidth(true);
    grid.addColumn(e -> e.gpuIds.size()).setHeader("GPUs").setAutoWidth(true);
    grid.addColumn(e -> e.p95Ms == null ? "—" : String.format(Locale.ROOT, "%.1f ms", e.p95Ms))
        .setHeader("Predicted p95")
        .setAutoWidth(true);
    grid.addColumn(e -> PartitionText.split(e.partition)).setHeader("Split").setAutoWidth(true);
    grid.addColumn(e -> PartitionText.breakdown(e.partition))
        .setHeader("Latency breakdown")
        .setAutoWidth(true);
    grid.addColumn(e -> e.reason == null ? "" : e.reason)
        .setHeader("Why not (fully) placed")
        .setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(detail.entries());
    grid.setAllRowsVisible(true);
    return grid;
  }
}
