package io.edgewise.ui.site;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.edgewise.base.access.Role;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.Site;
import io.edgewise.site.SiteService;
import io.edgewise.ui.base.LabelValueList;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.Confirm;
import io.edgewise.ui.shell.EntityLookup;
import io.edgewise.ui.shell.MainLayout;
import io.edgewise.ui.shell.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * One site: its link to the cloud and its nodes; administrators add, edit and delete nodes here.
 */
@Route(value = "sites/:id", layout = MainLayout.class)
@PageTitle("Site · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class SiteDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final SiteService sites;
  private final NodeService nodes;
  private final boolean admin;
  final Grid<Node> grid = new Grid<>();

  @Inject
  public SiteDetailView(SiteService sites, NodeService nodes, CurrentCaller callers) {
    this.sites = sites;
    this.nodes = nodes;
    this.admin = callers.get().has(Role.ADMIN);
    addClassName("ew-site");
    columns();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new RouterLink("← All sites", SitesView.class));
    EntityLookup.byId(event.getRouteParameters().get("id"), sites::get)
        .ifPresentOrElse(
            this::show,
            () ->
                add(
                    new H2("Site not found"),
                    new Paragraph(
                        "There is no such site in your tenant. It may have been deleted.")));
  }

  private void show(Site site) {
    HorizontalLayout heading = new HorizontalLayout(new H2(site.name));
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    add(
        heading,
        new LabelValueList()
            .add("Paradigm", Labels.paradigm(site.paradigm))
            .add("Region", site.region)
            .add("Uplink", String.format(Locale.ROOT, "%.0f Mbps", site.uplinkMbps))
            .add("RTT to cloud", String.format(Locale.ROOT, "%.1f ms", site.rttMs))
            .add(
                "Location",
                site.latitude == null || site.longitude == null
                    ? null
                    : String.format(Locale.ROOT, "%.4f, %.4f", site.latitude, site.longitude)));
    HorizontalLayout nodesHeading = new HorizontalLayout(new H3("Nodes"));
    nodesHeading.setAlignItems(Alignment.BASELINE);
    if (admin) {
      Button add =
          new Button(
              "Add node",
              VaadinIcon.PLUS.create(),
              click ->
                  new NodeDialog(
                          site.id,
                          null,
                          nodes::create,
                          saved -> refresh("Added node " + saved.name))
                      .open());
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      nodesHeading.add(add);
    }
    add(nodesHeading, grid);
    grid.setItems(
        query -> ServicePages.fetch(query, "name", page -> nodes.list(site.id, null, page)),
        query -> ServicePages.count(page -> nodes.list(site.id, null, page)));
  }

  private void columns() {
    grid.addComponentColumn(
            n ->
                new RouterLink(
                    n.name, NodeDetailView.class, new RouteParameters("id", n.id.toString())))
        .setHeader("Name")
        .setSortProperty("name")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(n -> n.hostname == null ? "" : n.hostname)
        .setHeader("Hostname")
        .setAutoWidth(true);
    grid.addComponentColumn(n -> Labels.badge(n.status))
        .setHeader("Status")
        .setSortProperty("status")
        .setAutoWidth(true);
    grid.addColumn(Labels::gpus).setHeader("GPUs").setAutoWidth(true);
    grid.addColumn(n -> TimeTexts.since(n.lastHeartbeatAt))
        .setHeader("Last heartbeat")
        .setSortProperty("lastHeartbeatAt")
        .setAutoWidth(true);
    if (admin) {
      grid.addComponentColumn(this::actions).setKey("actions").setWidth("11rem").setFlexGrow(0);
    }
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(
        "No nodes at this site yet. Nodes appear when their agent registers, or when an"
            + " administrator adds them.");
  }

  private HorizontalLayout actions(Node node) {
    Button edit =
        new Button(
            "Edit",
            click -> {
              try {
                Node existing = nodes.get(node.id);
                new NodeDialog(
                        node.siteId,
                        existing,
                        data ->
                            nodes.update(existing.id, ExpectedVersion.of(existing.version), data),
                        saved -> refresh("Saved node " + saved.name))
                    .open();
              } catch (RuntimeException e) {
                Notices.failed("Node “" + node.name + "”", e);
              }
            });
    Button delete =
        new Button(
            "Delete",
            click -> {
              Confirm.destructive(
                  "Delete node “" + node.name + "”?",
                  "Its GPUs and status history go with it, and its agent's credential stops"
                      + " working.",
                  "Delete",
                  "Node “" + node.name + "”",
                  () -> {
                    nodes.delete(node.id);
                    refresh("Deleted node " + node.name);
                  });
            });
    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    delete.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(edit, delete);
  }

  private void refresh(String message) {
    grid.getDataProvider().refreshAll();
    Notices.success(message);
  }
}
