package io.edgewise.ui.site;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.edgewise.base.access.Role;
import io.edgewise.node.ModelReport;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.node.NodeStatusTransition;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.site.SiteService;
import io.edgewise.ui.base.LabelValueList;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.EntityLookup;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One node: its facts, each GPU's memory and utilisation, the models its agent holds (with load
 * times), and its heartbeat history as status transitions.
 */
@Route(value = "nodes/:id", layout = MainLayout.class)
@PageTitle("Node · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class NodeDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final NodeService nodes;
  private final SiteService sites;
  private final ModelVersionService versions;
  final Grid<NodeStatusTransition> transitions = new Grid<>();

  @Inject
  public NodeDetailView(NodeService nodes, SiteService sites, ModelVersionService versions) {
    this.nodes = nodes;
    this.sites = sites;
    this.versions = versions;
    addClassName("ew-node");
    transitions
        .addColumn(t -> TimeTexts.at(t.at))
        .setHeader("When")
        .setSortProperty("at")
        .setAutoWidth(true);
    transitions.addColumn(t -> TimeTexts.since(t.at)).setHeader("Ago").setAutoWidth(true);
    transitions
        .addColumn(
            t -> (t.fromStatus == null ? "—" : t.fromStatus.name()) + " → " + t.toStatus.name())
        .setHeader("Change")
        .setKey("change")
        .setAutoWidth(true);
    transitions.addColumn(t -> t.reason == null ? "" : t.reason).setHeader("Why").setFlexGrow(1);
    transitions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    transitions.setEmptyStateText("No status changes yet: the node has not sent a heartbeat.");
    transitions.setHeight("24rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    EntityLookup.byId(event.getRouteParameters().get("id"), nodes::get)
        .ifPresentOrElse(
            this::show,
            () ->
                add(
                    new RouterLink("← All sites", SitesView.class),
                    new H2("Node not found"),
                    new Paragraph(
                        "There is no such node in your tenant. It may have been deleted.")));
  }

  private void show(Node node) {
    String siteName = sites.get(node.siteId).name;
    add(
        new RouterLink(
            "← " + siteName,
            SiteDetailView.class,
            new RouteParameters("id", node.siteId.toString())));
    HorizontalLayout heading = new HorizontalLayout(new H2(node.name), Labels.badge(node.status));
    heading.setAlignItems(Alignment.CENTER);
    add(
        heading,
        new LabelValueList()
            .add("Site", siteName)
            .add("Hostname", node.hostname)
            .add("Agent", node.agentId)
            .add("CPU cores", Integer.toString(node.cpuCores))
            .add("Memory", GpuCard.gib(node.memoryMib))
            .add(
                "Last heartbeat",
                node.lastHeartbeatAt == null
                    ? "never"
                    : TimeTexts.since(node.lastHeartbeatAt)
                        + " ("
                        + TimeTexts.at(node.lastHeartbeatAt)
                        + ")"));
    add(new H3("GPUs"));
    if (node.gpus.isEmpty()) {
      add(new Paragraph("This node has no GPUs."));
    } else {
      Div cards = new Div();
      cards.addClassName("ew-cards");
      node.gpus.forEach(g -> cards.add(new GpuCard(g)));
      add(cards);
    }
    add(new H3("Models"));
    if (node.models == null) {
      add(new Paragraph("The agent has not reported any models yet."));
    } else {
      List<ModelReport> reports = node.models;
      add(
          new Paragraph(
              "Reported "
                  + TimeTexts.since(node.modelsReportedAt)
                  + " ("
                  + TimeTexts.at(node.modelsReportedAt)
                  + ")."),
          new NodeModels(
              reports, versions.names(reports.stream().map(ModelReport::versionId).toList())));
    }
    add(new H3("Heartbeat history"));
    transitions.setItems(
        query -> ServicePages.fetch(query, "-at", page -> nodes.transitions(node.id, page)),
        query -> ServicePages.count(page -> nodes.transitions(node.id, page)));
    add(transitions);
  }
}
