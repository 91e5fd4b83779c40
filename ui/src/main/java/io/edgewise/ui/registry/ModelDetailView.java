package io.edgewise.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelOverview;
import io.edgewise.registry.ModelService;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.RegistryConfig;
import io.edgewise.registry.VersionProfileService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.fleet.FleetText;
import io.edgewise.ui.shell.EntityLookup;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One model and its versions (label, sha256, size, format, created, profiled); operators upload new
 * versions.
 */
@Route(value = "models/:modelId", layout = MainLayout.class)
@PageTitle("Model · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class ModelDetailView extends VerticalLayout implements BeforeEnterObserver {

  private final ModelService models;
  private final ModelVersionService versions;
  private final VersionProfileService profiles;
  private final RegistryConfig config;
  private final boolean operator;
  private final Grid<ModelVersion> grid = new Grid<>();
  private final Set<UUID> profiled = new HashSet<>();

  @Inject
  public ModelDetailView(
      ModelService models,
      ModelVersionService versions,
      VersionProfileService profiles,
      RegistryConfig config,
      CurrentCaller callers) {
    this.models = models;
    this.versions = versions;
    this.profiles = profiles;
    this.config = config;
    this.operator = callers.get().has(Role.OPERATOR);
    addClassName("ew-model");
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<ModelOverview> found =
        EntityLookup.byId(event.getRouteParameters().get("modelId"), models::get);
    if (found.isEmpty()) {
      add(
          new H2("Model not found"),
          new Paragraph("There is no such model in your tenant."),
          new Anchor("models", "Back to models"));
      return;
    }
    Model model = found.get().model();
    HorizontalLayout heading = new HorizontalLayout(new H2(model.name));
    heading.setAlignItems(Alignment.BASELINE);
    heading.setWidthFull();
    if (operator) {
      Button upload =
          new Button(
              "Upload version",
              VaadinIcon.UPLOAD.create(),
              e ->
                  new VersionUploadDialog(
                          (label, size, artifact) ->
                              versions.upload(model.id, label, size, artifact),
                          config.maxArtifactBytes(),
                          v -> grid.getDataProvider().refreshAll())
                      .open());
      upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      heading.add(upload);
    }
    Paragraph facts =
        new Paragraph(
            model.task
                + " · "
                + model.family
                + " · "
                + (model.domain == null ? "any smart domain" : FleetText.domain(model.domain))
                + (model.description == null ? "" : " · " + model.description));
    facts.addClassName("ew-secondary");
    configure(model.id);
    add(heading, facts, new Anchor("models", "All models"), grid);
  }

  private void configure(UUID modelId) {
    grid.removeAllColumns();
    grid.addColumn(v -> v.label).setHeader("Version").setSortProperty("label").setAutoWidth(true);
    grid.addComponentColumn(RegistryIds::sha).setHeader("sha256").setAutoWidth(true);
    grid.addColumn(v -> RegistryText.bytes(v.artifactSizeBytes))
        .setHeader("Size")
        .setSortProperty("sizeBytes")
        .setAutoWidth(true);
    grid.addColumn(v -> v.artifactFormat).setHeader("Format").setAutoWidth(true);
    grid.addColumn(v -> TimeTexts.at(v.createdAt, "Never"))
        .setHeader("Created")
        .setSortProperty("createdAt")
        .setAutoWidth(true);
    grid.addColumn(v -> profiled.contains(v.id) ? "Yes" : "No")
        .setHeader("Profile")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(
        "No versions yet." + (operator ? " Upload an ONNX file with \"Upload version\"." : ""));
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(ui -> ui.navigate("models/" + modelId + "/versions/" + e.getItem().id)));
    grid.setItems(
        query -> {
          List<ModelVersion> rows =
              ServicePages.fetch(query, "-createdAt", page -> versions.list(modelId, page))
                  .toList();
          profiled.addAll(profiles.profiledAmong(rows.stream().map(v -> v.id).toList()));
          return rows.stream();
        },
        query -> {
          profiled.clear();
          return ServicePages.count(page -> versions.list(modelId, page));
        });
  }
}
