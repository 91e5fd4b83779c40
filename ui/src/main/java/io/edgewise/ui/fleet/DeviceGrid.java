package io.edgewise.ui.fleet;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.fleet.Device;
import io.edgewise.fleet.DeviceFilter;
import io.edgewise.fleet.DeviceService;
import io.edgewise.fleet.DeviceStatus;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.base.TimeTexts;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The devices of one fleet in a lazy grid: each scroll fetches one page from {@link DeviceService}
 * (never all rows), filtered by status, labels ({@code key=value}) and external id prefix.
 */
public class DeviceGrid extends VerticalLayout {

  private static final String DEFAULT_SORT = "externalId";

  private final DeviceService devices;
  private final UUID fleetId;
  private final ComboBox<DeviceStatus> status = new ComboBox<>();
  private final TextField labels = new TextField();
  private final TextField prefix = new TextField();
  private final Grid<Device> grid = new Grid<>();
  private PageRequest lastPage;

  public DeviceGrid(DeviceService devices, UUID fleetId, Consumer<Device> open) {
    this.devices = devices;
    this.fleetId = fleetId;
    setPadding(false);
    setSizeFull();
    status.setItems(DeviceStatus.values());
    status.setItemLabelGenerator(FleetText::status);
    status.setPlaceholder("All statuses");
    status.setAriaLabel("Status");
    status.setClearButtonVisible(true);
    labels.setPlaceholder("Labels, e.g. zone=north; floor=2");
    labels.setAriaLabel("Labels");
    labels.setClearButtonVisible(true);
    prefix.setPlaceholder("External id starts with…");
    prefix.setAriaLabel("External id");
    prefix.setClearButtonVisible(true);
    for (TextField field : new TextField[] {labels, prefix}) {
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.setWidth("18rem");
    }
    status.addValueChangeListener(e -> refresh());
    labels.addValueChangeListener(e -> refresh());
    prefix.addValueChangeListener(e -> refresh());
    HorizontalLayout filters = new HorizontalLayout(status, labels, prefix);
    filters.setAlignItems(FlexComponent.Alignment.START);
    filters.addClassName("ew-filters");

    grid.addColumn(d -> d.externalId)
        .setHeader("External id")
        .setSortProperty("externalId")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(d -> FleetText.status(d.status))
        .setHeader("Status")
        .setSortProperty("status")
        .setAutoWidth(true);
    grid.addColumn(d -> FleetText.labels(d.labels)).setHeader("Labels").setFlexGrow(2);
    grid.addColumn(d -> d.computeGflops).setHeader("GFLOPS").setAutoWidth(true);
    grid.addColumn(d -> d.linkMbps + " Mbps / " + d.linkRttMs + " ms")
        .setHeader("Link")
        .setAutoWidth(true);
    grid.addColumn(d -> TimeTexts.at(d.lastSeenAt, "Never"))
        .setHeader("Last seen")
        .setSortProperty("lastSeenAt")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No devices match.");
    grid.setPageSize(50);
    grid.addItemClickListener(e -> open.accept(e.getItem()));
    grid.setItems(this::fetch, query -> count());
    add(filters, grid);
  }

  public Grid<Device> grid() {
    return grid;
  }

  /** The last page the grid fetched: how many rows one scroll asks for. */
  public Optional<PageRequest> lastPage() {
    return Optional.ofNullable(lastPage);
  }

  public void refresh() {
    grid.getDataProvider().refreshAll();
  }

  public void setStatus(DeviceStatus value) {
    status.setValue(value);
  }

  public void setLabels(String value) {
    labels.setValue(value);
  }

  private Stream<Device> fetch(Query<Device, Void> query) {
    return filter()
        .map(
            f ->
                ServicePages.fetch(
                    query,
                    DEFAULT_SORT,
                    page -> {
                      lastPage = page;
                      return devices.listInFleet(fleetId, f, page);
                    }))
        .orElse(Stream.empty());
  }

  private int count() {
    return filter()
        .map(f -> ServicePages.count(page -> devices.listInFleet(fleetId, f, page)))
        .orElse(0);
  }

  /**
   * The filter the fields describe; empty (and the labels field marked) when the labels do not
   * parse.
   */
  private Optional<DeviceFilter> filter() {
    String problem = LabelText.problem(labels.getValue());
    labels.setInvalid(problem != null);
    labels.setErrorMessage(problem);
    if (problem != null) {
      return Optional.empty();
    }
    Map<String, String> selector = LabelText.parse(labels.getValue());
    String idPrefix = prefix.getValue().isBlank() ? null : prefix.getValue().trim();
    return Optional.of(new DeviceFilter(fleetId, status.getValue(), selector, idPrefix));
  }
}
