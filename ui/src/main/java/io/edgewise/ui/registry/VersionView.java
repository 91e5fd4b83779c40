package io.edgewise.ui.registry;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.edgewise.base.access.Role;
import io.edgewise.base.error.DomainException;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelService;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.ServingShapeService;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService;
import io.edgewise.registry.onnx.TensorSpec;
import io.edgewise.registry.profiling.ProfilingService;
import io.edgewise.security.CurrentCaller;
import io.edgewise.ui.base.LabelValueList;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.charts.EChart;
import io.edgewise.ui.shell.EntityLookup;
import io.edgewise.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One model version: its artifact (sha256, size, what the ONNX file declares), the shape it is
 * served with (and what to declare while its inputs have symbolic dimensions), its profiling job
 * with progress, and its layer profile as a chart.
 */
@Route(value = "models/:modelId/versions/:versionId", layout = MainLayout.class)
@PageTitle("Model version · Edgewise")
@RolesAllowed(Role.Names.VIEWER)
public class VersionView extends VerticalLayout implements BeforeEnterObserver {

  private final ModelService models;
  private final ModelVersionService versions;
  private final VersionProfileService profiles;
  private final ProfilingService profiling;
  private final ServingShapeService shapes;
  private final boolean operator;
  private EChart chart;

  @Inject
  public VersionView(
      ModelService models,
      ModelVersionService versions,
      VersionProfileService profiles,
      ProfilingService profiling,
      ServingShapeService shapes,
      CurrentCaller callers) {
    this.models = models;
    this.shapes = shapes;
    this.versions = versions;
    this.profiles = profiles;
    this.profiling = profiling;
    this.operator = callers.get().has(Role.OPERATOR);
    addClassName("ew-version");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> modelId = event.getRouteParameters().get("modelId").flatMap(EntityLookup::id);
    Optional<UUID> versionId =
        event.getRouteParameters().get("versionId").flatMap(EntityLookup::id);
    Optional<ModelVersion> found =
        modelId.isEmpty() || versionId.isEmpty()
            ? Optional.empty()
            : EntityLookup.of(() -> versions.get(modelId.get(), versionId.get()));
    removeAll();
    chart = null;
    if (found.isEmpty()) {
      add(
          new H2("Model version not found"),
          new Paragraph("There is no such model version in your tenant."),
          new Anchor("models", "Back to models"));
      return;
    }
    show(found.get());
  }

  private void show(ModelVersion v) {
    removeAll();
    chart = null;
    Model model = models.get(v.modelId).model();
    add(
        new H2(model.name + " " + v.label),
        new Anchor("models/" + model.id, "All versions of " + model.name));
    LabelValueList facts =
        new LabelValueList()
            .add("sha256", v.artifactSha256)
            .add(
                "Size",
                RegistryText.bytes(v.artifactSizeBytes) + " (" + v.artifactSizeBytes + " bytes)")
            .add(
                "Format",
                v.artifactFormat
                    + (v.irVersion == null ? "" : ", IR " + v.irVersion)
                    + (v.opsetVersion == null ? "" : ", opset " + v.opsetVersion))
            .add("Producer", v.producer == null ? "—" : v.producer)
            .add("Graph nodes", Integer.toString(v.graphNodeCount))
            .add("Inputs", tensors(v.inputs))
            .add("Serving shape", v.servingShapes == null ? "—" : v.servingShapes.toString())
            .add("Outputs", tensors(v.outputs))
            .add(
                "Created",
                TimeTexts.at(v.createdAt, "Never")
                    + (v.createdBy == null ? "" : " by " + v.createdBy));
    add(
        facts,
        new H3("Serving shape"),
        new ServingShapeForm(shapes, v, operator, this::show),
        new H3("Layer profile"),
        new ProfilingPanel(profiling, model.id, v.id, operator, () -> show(v)));
    profile(model.id, v.id)
        .ifPresentOrElse(
            p -> {
              add(
                  new Paragraph(
                      p.layers.size()
                          + " layers · "
                          + p.source
                          + " · input "
                          + RegistryText.bytes(p.inputBytes)
                          + " · needs "
                          + p.memoryMib
                          + " MiB of GPU memory"
                          + (p.accuracy == null ? "" : " · accuracy " + p.accuracy)));
              List<String> unknown =
                  p.layers.stream()
                      .filter(l -> l.gflops() == null || l.outputBytes() == null)
                      .map(l -> l.name())
                      .toList();
              if (!unknown.isEmpty()) {
                Paragraph gaps =
                    new Paragraph(
                        "Work or output size unknown (no formula or shape) for "
                            + unknown.size()
                            + " layers, which the planner will not cut after: "
                            + String.join(", ", unknown));
                gaps.addClassName("ew-unknown-costs");
                add(gaps);
              }
              chart = ProfileChart.of(p);
              add(chart);
              if (!p.batchCurves.isEmpty()) {
                Paragraph curves = new Paragraph(RegistryText.batchCurves(p.batchCurves));
                curves.addClassName("ew-batch-curves");
                add(curves);
              }
            },
            () -> {
              Paragraph none =
                  new Paragraph(
                      "No profile yet. The control plane profiles every uploaded version (above); a"
                          + " profile can also be put with PUT /api/v1/models/"
                          + model.id
                          + "/versions/"
                          + v.id
                          + "/profile, and edge agents report their own timings once they serve"
                          + " it.");
              none.addClassName("ew-empty");
              add(none);
            });
  }

  /** The profile chart, when the version has a profile. */
  public Optional<EChart> chart() {
    return Optional.ofNullable(chart);
  }

  private Optional<VersionProfile> profile(UUID modelId, UUID versionId) {
    try {
      return Optional.of(profiles.get(modelId, versionId));
    } catch (DomainException none) {
      return Optional.empty();
    }
  }

  private static String tensors(List<TensorSpec> specs) {
    return specs == null || specs.isEmpty()
        ? "—"
        : specs.stream()
            .map(t -> t.name() + " " + t.elemType() + (t.shape() == null ? "" : " " + t.shape()))
            .collect(Collectors.joining(", "));
  }
}
