package io.edgewise.ui.fleet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.base.access.Role;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.Site;
import io.edgewise.site.SiteService;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.shell.Confirm;
import io.edgewise.ui.shell.MainLayout;
import io.edgewise.ui.shell.Notices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's device fleets with their device counts, filtered by smart domain; operators add,
 * edit and delete them.
 */
@Route(value = "fleets", layout = MainLayout.class)
@PageTitle("Fleets · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class FleetsView extends VerticalLayout {

  private final FleetService fleets;
  private final SiteService sites;
  private final ComboBox<SmartDomain> domain = new ComboBox<>();
  private final Grid<FleetSummary> grid = new Grid<>();
  private Map<UUID, String> siteNames = Map.of();

  @Inject
  public FleetsView(FleetService fleets, SiteService sites, CurrentCaller callers) {
    this.fleets = fleets;
    this.sites = sites;
    addClassName("ew-fleets");
    setSizeFull();
    boolean operator = callers.get().has(Role.OPERATOR);

    domain.setItems(SmartDomain.values());
    domain.setItemLabelGenerator(FleetText::domain);
    domain.setPlaceholder("All smart domains");
    domain.setClearButtonVisible(true);
    domain.setAriaLabel("Smart domain");
    domain.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    HorizontalLayout heading = new HorizontalLayout(new H2("Fleets"), domain);
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    if (operator) {
      Button create =
          new Button(
              "New fleet",
              VaadinIcon.PLUS.create(),
              e ->
                  FleetDialog.open(
                      "New fleet",
                      new FleetDialog.Draft(),
                      siteList(),
                      data -> fleets.create(data),
                      this::refresh));
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      heading.add(create);
    }
    configure(operator);
    add(heading, grid);
    refresh();
  }

  private void configure(boolean operator) {
    grid.addColumn(s -> s.fleet().name)
        .setHeader("Name")
        .setSortProperty("name")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(s -> FleetText.domain(s.fleet().domain))
        .setHeader("Smart domain")
        .setSortProperty("domain")
        .setAutoWidth(true);
    grid.addColumn(s -> s.fleet().application.title())
        .setHeader("Application")
        .setSortProperty("application")
        .setAutoWidth(true);
    grid.addColumn(s -> s.fleet().deviceClass).setHeader("Device class").setAutoWidth(true);
    grid.addColumn(s -> siteNames.getOrDefault(s.fleet().siteId, "—"))
        .setHeader("Site")
        .setAutoWidth(true);
    grid.addColumn(s -> s.devices().online() + " / " + s.devices().total())
        .setHeader("Devices online / total")
        .setAutoWidth(true);
    if (operator) {
      grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    }
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No fleets yet." + (operator ? " Add one with \"New fleet\"." : ""));
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate("fleets/" + e.getItem().fleet().id)));
    grid.setItems(
        query ->
            ServicePages.fetch(
                query, "name", page -> fleets.list(domain.getValue(), null, null, page)),
        query -> ServicePages.count(page -> fleets.list(domain.getValue(), null, null, page)));
  }

  private HorizontalLayout actions(FleetSummary summary) {
    Fleet fleet = summary.fleet();
    Button edit =
        new Button(
            VaadinIcon.EDIT.create(),
            e -> {
              List<Site> all = siteList();
              FleetDialog.open(
                  "Edit fleet " + fleet.name,
                  FleetDialog.draftOf(fleet, all),
                  all,
                  data -> fleets.update(fleet.id, ExpectedVersion.of(fleet.version), data),
                  this::refresh);
            });
    edit.setAriaLabel("Edit " + fleet.name);
    edit.setTooltipText("Edit");
    Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(fleet));
    delete.setAriaLabel("Delete " + fleet.name);
    delete.setTooltipText("Delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    for (Button b : List.of(edit, delete)) {
      b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    }
    return new HorizontalLayout(edit, delete);
  }

  private void confirmDelete(Fleet fleet) {
    Confirm.destructive(
        "Delete fleet " + fleet.name + "?",
        "The fleet must have no devices and no deployments left. This cannot be undone.",
        "Delete",
        "Fleet " + fleet.name,
        () -> {
          fleets.delete(fleet.id);
          Notices.success("Fleet " + fleet.name + " deleted");
          refresh();
        });
  }

  private List<Site> siteList() {
    return ServicePages.firstPageOfAll("name", page -> sites.list(null, null, page));
  }

  private void refresh() {
    siteNames = siteList().stream().collect(Collectors.toMap(s -> s.id, s -> s.name, (a, b) -> a));
    grid.getDataProvider().refreshAll();
  }
}
