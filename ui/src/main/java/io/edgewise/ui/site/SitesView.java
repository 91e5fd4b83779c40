package io.edgewise.ui.site;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.edgewise.base.access.Role;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.node.NodeService;
import io.edgewise.node.SiteNodeCounts;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.Paradigm;
import io.edgewise.site.Site;
import io.edgewise.site.SiteService;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.shell.Confirm;
import io.edgewise.ui.shell.MainLayout;
import io.edgewise.ui.shell.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tenant's sites, paged on the server, with their node status; administrators create, edit and
 * delete them.
 */
@Route(value = "sites", layout = MainLayout.class)
@PageTitle("Sites & nodes · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class SitesView extends VerticalLayout {

  /** A site with its node counts, one grid row. */
  record Row(Site site, SiteNodeCounts counts) {}

  private final SiteService sites;
  private final NodeService nodes;
  final Select<Paradigm> paradigm = new Select<>();
  final TextField region = new TextField();
  final Grid<Row> grid = new Grid<>();

  @Inject
  public SitesView(SiteService sites, NodeService nodes, CurrentCaller callers) {
    this.sites = sites;
    this.nodes = nodes;
    addClassName("ew-sites");
    setSizeFull();
    boolean admin = callers.get().has(Role.ADMIN);
    HorizontalLayout heading = new HorizontalLayout(new H2("Sites & nodes"));
    heading.setWidthFull();
    heading.setAlignItems(Alignment.BASELINE);
    if (admin) {
      Button create =
          new Button(
              "New site",
              VaadinIcon.PLUS.create(),
              click -> new SiteDialog(null, sites::create, this::created).open());
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      heading.add(create);
    }
    add(heading, filters(), grid);
    columns(admin);
    grid.setItems(
        query ->
            rows(
                ServicePages.fetch(
                    query, "name", page -> sites.list(paradigm.getValue(), regionFilter(), page))),
        query -> ServicePages.count(page -> sites.list(paradigm.getValue(), regionFilter(), page)));
  }

  private HorizontalLayout filters() {
    paradigm.setPlaceholder("All paradigms");
    paradigm.setAriaLabel("Paradigm");
    paradigm.setItems(Paradigm.values());
    paradigm.setEmptySelectionAllowed(true);
    paradigm.setEmptySelectionCaption("All paradigms");
    paradigm.setItemLabelGenerator(p -> p == null ? "All paradigms" : Labels.paradigm(p));
    paradigm.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    region.setPlaceholder("Region (exact)");
    region.setAriaLabel("Region");
    region.setClearButtonVisible(true);
    region.setValueChangeMode(ValueChangeMode.LAZY);
    region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    return new HorizontalLayout(paradigm, region);
  }

  private void columns(boolean admin) {
    grid.addComponentColumn(
            r ->
                new RouterLink(
                    r.site().name,
                    SiteDetailView.class,
                    new RouteParameters("id", r.site().id.toString())))
        .setHeader("Name")
        .setKey("name")
        .setSortProperty("name")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(r -> Labels.paradigm(r.site().paradigm))
        .setHeader("Paradigm")
        .setSortProperty("paradigm")
        .setAutoWidth(true);
    grid.addColumn(r -> r.site().region == null ? "" : r.site().region)
        .setHeader("Region")
        .setSortProperty("region")
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.addColumn(r -> Labels.siteStatus(r.counts()))
        .setHeader("Status")
        .setKey("status")
        .setAutoWidth(true);
    grid.addColumn(r -> r.counts().nodes()).setHeader("Nodes").setKey("nodes").setAutoWidth(true);
    grid.addColumn(r -> r.counts().gpus()).setHeader("GPUs").setKey("gpus").setAutoWidth(true);
    grid.addColumn(r -> String.format(Locale.ROOT, "%.0f Mbps", r.site().uplinkMbps))
        .setHeader("Uplink")
        .setSortProperty("uplinkMbps")
        .setAutoWidth(true);
    grid.addColumn(r -> String.format(Locale.ROOT, "%.0f ms", r.site().rttMs))
        .setHeader("RTT")
        .setSortProperty("rttMs")
        .setAutoWidth(true);
    if (admin) {
      grid.addComponentColumn(this::actions).setKey("actions").setWidth("11rem").setFlexGrow(0);
    }
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No sites match. Administrators add sites with “New site”.");
  }

  private HorizontalLayout actions(Row row) {
    Button edit =
        new Button(
            "Edit",
            click -> {
              try {
                Site existing = sites.get(row.site().id);
                new SiteDialog(
                        existing,
                        data ->
                            sites.update(existing.id, ExpectedVersion.of(existing.version), data),
                        saved -> refresh("Saved site " + saved.name))
                    .open();
              } catch (RuntimeException e) {
                Notices.failed("Site “" + row.site().name + "”", e);
              }
            });
    Button delete = new Button("Delete", click -> confirmDelete(row.site()));
    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    delete.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(edit, delete);
  }

  private void confirmDelete(Site site) {
    Confirm.destructive(
        "Delete site “" + site.name + "”?",
        "The site is removed for good. A site that still has nodes, fleets or deployments cannot be"
            + " deleted.",
        "Delete",
        "Site “" + site.name + "”",
        () -> {
          sites.delete(site.id);
          refresh("Deleted site " + site.name);
        });
  }

  private void created(Site site) {
    refresh("Created site " + site.name);
  }

  private void refresh(String message) {
    grid.getDataProvider().refreshAll();
    Notices.success(message);
  }

  private String regionFilter() {
    String value = region.getValue();
    return value == null || value.isBlank() ? null : value.trim();
  }

  private Stream<Row> rows(Stream<Site> page) {
    List<Site> list = page.toList();
    Map<UUID, SiteNodeCounts> counts = nodes.countsBySite(list.stream().map(s -> s.id).toList());
    return list.stream().map(s -> new Row(s, counts.getOrDefault(s.id, SiteNodeCounts.NONE)));
  }
}
