package io.edgewise.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.base.access.Role;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.registry.ModelFamily;
import io.edgewise.registry.ModelOverview;
import io.edgewise.registry.ModelService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.fleet.FleetText;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The tenant's model registry: models with their version counts; operators add models here. */
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Models · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class ModelsView extends VerticalLayout {

  private final ModelService models;
  private final TextField name = new TextField();
  private final ComboBox<ModelFamily> family = new ComboBox<>();
  private final ComboBox<SmartDomain> domain = new ComboBox<>();
  private final Grid<ModelOverview> grid = new Grid<>();

  @Inject
  public ModelsView(ModelService models, CurrentCaller callers) {
    this.models = models;
    addClassName("ew-models");
    setSizeFull();
    boolean operator = callers.get().has(Role.OPERATOR);
    name.setPlaceholder("Name starts with…");
    name.setAriaLabel("Name");
    name.setValueChangeMode(ValueChangeMode.LAZY);
    name.setClearButtonVisible(true);
    family.setItems(ModelFamily.values());
    family.setPlaceholder("All families");
    family.setAriaLabel("Family");
    family.setClearButtonVisible(true);
    domain.setItems(SmartDomain.values());
    domain.setItemLabelGenerator(FleetText::domain);
    domain.setPlaceholder("All smart domains");
    domain.setAriaLabel("Smart domain");
    domain.setClearButtonVisible(true);
    name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    family.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    domain.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    HorizontalLayout heading = new HorizontalLayout(new H2("Models"), name, family, domain);
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    if (operator) {
      Button create =
          new Button(
              "New model",
              VaadinIcon.PLUS.create(),
              e ->
                  new ModelDialog(
                          models::create,
                          created ->
                              getUI().ifPresent(ui -> ui.navigate("models/" + created.model().id)))
                      .open());
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      heading.add(create);
    }
    grid.addColumn(o -> o.model().name)
        .setHeader("Name")
        .setSortProperty("name")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(o -> o.model().task)
        .setHeader("Task")
        .setSortProperty("task")
        .setAutoWidth(true);
    grid.addColumn(o -> o.model().family)
        .setHeader("Family")
        .setSortProperty("family")
        .setAutoWidth(true);
    grid.addColumn(o -> o.model().domain == null ? "Any" : FleetText.domain(o.model().domain))
        .setHeader("Smart domain")
        .setSortProperty("domain")
        .setAutoWidth(true);
    grid.addColumn(o -> o.versions().count()).setHeader("Versions").setAutoWidth(true);
    grid.addColumn(o -> o.versions().latestLabel() == null ? "—" : o.versions().latestLabel())
        .setHeader("Latest version")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(
        "No models yet."
            + (operator ? " Add one with \"New model\", then upload its ONNX versions." : ""));
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate("models/" + e.getItem().model().id)));
    grid.setItems(
        query ->
            ServicePages.fetch(
                query,
                "name",
                page -> models.list(family.getValue(), domain.getValue(), prefix(), page)),
        query ->
            ServicePages.count(
                page -> models.list(family.getValue(), domain.getValue(), prefix(), page)));
    add(heading, grid);
  }

  private String prefix() {
    return name.getValue().isBlank() ? null : name.getValue().trim();
  }
}
