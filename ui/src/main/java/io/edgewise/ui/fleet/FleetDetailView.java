package io.edgewise.ui.fleet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.base.access.Role;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.fleet.DeviceCsvReader;
import io.edgewise.fleet.DeviceImportService;
import io.edgewise.fleet.DeviceService;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.security.CurrentCaller;
import io.edgewise.site.SiteService;
import io.edgewise.ui.shell.EntityLookup;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One fleet: its facts and the lazy device grid; operators add devices and import CSV files here.
 */
@Route(value = "fleets/:fleetId", layout = MainLayout.class)
@PageTitle("Fleet · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class FleetDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final FleetService fleets;
  private final DeviceService devices;
  private final DeviceImportService imports;
  private final DeviceCsvReader csv;
  private final SiteService sites;
  private final boolean operator;
  private final Paragraph facts = new Paragraph();
  private DeviceGrid grid;
  private UUID fleetId;

  @Inject
  public FleetDetailView(
      FleetService fleets,
      DeviceService devices,
      DeviceImportService imports,
      DeviceCsvReader csv,
      SiteService sites,
      CurrentCaller callers) {
    this.fleets = fleets;
    this.devices = devices;
    this.imports = imports;
    this.csv = csv;
    this.sites = sites;
    this.operator = callers.get().has(Role.OPERATOR);
    addClassName("ew-fleet");
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<FleetSummary> found =
        EntityLookup.byId(event.getRouteParameters().get("fleetId"), fleets::get);
    if (found.isEmpty()) {
      add(
          new H2("Fleet not found"),
          new Paragraph("There is no such fleet in your tenant."),
          new Anchor("fleets", "Back to fleets"));
      return;
    }
    Fleet fleet = found.get().fleet();
    fleetId = fleet.id;
    HorizontalLayout heading = new HorizontalLayout(new H2(fleet.name));
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    grid =
        new DeviceGrid(
            devices,
            fleet.id,
            device ->
                new DeviceDetails(
                        device,
                        operator,
                        data -> devices.update(device.id, ExpectedVersion.of(device.version), data),
                        () -> devices.delete(device.id),
                        this::changed)
                    .open());
    if (operator) {
      Button add =
          new Button(
              "Add device",
              VaadinIcon.PLUS.create(),
              e ->
                  new DeviceDialog(
                          "Add device to " + fleet.name,
                          new DeviceDialog.Draft(),
                          data -> devices.create(fleet.id, data),
                          this::changed)
                      .open());
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button importCsv =
          new Button(
              "Import CSV",
              VaadinIcon.UPLOAD.create(),
              e ->
                  new DeviceImportDialog(csv, imports::importDevices, fleet.id, this::changed)
                      .open());
      heading.add(add, importCsv);
    }
    facts.addClassName("ew-secondary");
    showFacts(found.get());
    add(heading, facts, new Anchor("fleets", "All fleets"), grid);
  }

  private void changed() {
    grid.refresh();
    EntityLookup.of(() -> fleets.get(fleetId)).ifPresent(this::showFacts);
  }

  private void showFacts(FleetSummary summary) {
    Fleet f = summary.fleet();
    String site = findSite(f.siteId);
    facts.setText(
        String.format(
            Locale.ROOT,
            "%s · %s · %s devices · home site %s · %,d of %,d devices online%s",
            FleetText.domain(f.domain),
            f.application.title(),
            f.deviceClass,
            site,
            summary.devices().online(),
            summary.devices().total(),
            f.description == null ? "" : " · " + f.description));
  }

  private String findSite(UUID siteId) {
    try {
      return sites.get(siteId).name;
    } catch (DomainException gone) {
      return "—";
    }
  }

  /** The device grid, once a fleet is shown. */
  public DeviceGrid deviceGrid() {
    return grid;
  }
}
