package io.edgewise.ui.deployment;

import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentReferences;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetSummary;
import io.edgewise.registry.ModelOverview;
import io.edgewise.registry.ModelService;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.site.SiteService;
import io.edgewise.ui.base.ServicePages;
import io.edgewise.ui.shell.Notices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens the create and edit dialog with the tenant's models, fleets and sites to choose from, and
 * saves through {@link DeploymentService}. A save changes the deployment, and the database asks the
 * planner to re-plan.
 */
@Dependent
public class DeploymentEditor {

  private final DeploymentService deployments;
  private final ModelService models;
  private final ModelVersionService versions;
  private final FleetService fleets;
  private final SiteService sites;

  @Inject
  public DeploymentEditor(
      DeploymentService deployments,
      ModelService models,
      ModelVersionService versions,
      FleetService fleets,
      SiteService sites) {
    this.deployments = deployments;
    this.models = models;
    this.versions = versions;
    this.fleets = fleets;
    this.sites = sites;
  }

  /** Opens an empty form; {@code onSaved} gets the new deployment. */
  public void create(Consumer<Deployment> onSaved) {
    DeploymentChoices choices = choices();
    new DeploymentForm(
            "New deployment",
            new DeploymentDraft(),
            choices,
            false,
            draft -> save(() -> deployments.create(draft.toData()), "Created", onSaved))
        .open();
  }

  /**
   * Opens the form filled in from {@code d}; the save fails as a conflict when someone else changed
   * it since.
   */
  public void edit(Deployment d, DeploymentReferences refs, Consumer<Deployment> onSaved) {
    DeploymentChoices choices = choices();
    DeploymentDraft draft = new DeploymentDraft();
    draft.name = d.name;
    draft.model =
        refs.modelOf(d.modelVersionId)
            .flatMap(m -> choices.models().stream().filter(c -> c.id.equals(m.id)).findFirst())
            .orElse(null);
    draft.version =
        draft.model == null
            ? null
            : choices.versionsOf().apply(draft.model.id).stream()
                .filter(v -> v.id.equals(d.modelVersionId))
                .findFirst()
                .orElse(null);
    draft.fleet =
        choices.fleets().stream().filter(f -> f.id.equals(d.fleetId)).findFirst().orElse(null);
    d.targetSites.forEach(
        t ->
            choices.sites().stream()
                .filter(s -> s.id.equals(t.siteId))
                .findFirst()
                .ifPresent(draft.sites::add));
    draft.latencySloMs = d.latencySloMs;
    draft.minAccuracy = d.minAccuracy;
    draft.objective = d.objective;
    draft.strategy = d.strategy;
    draft.replicas = d.replicas;
    draft.requestsPerDevicePerS = d.requestsPerDevicePerS;
    draft.status = d.status;
    ExpectedVersion expected = ExpectedVersion.of(d.version);
    new DeploymentForm(
            "Edit " + d.name,
            draft,
            choices,
            true,
            changed ->
                save(() -> deployments.update(d.id, expected, changed.toData()), "Saved", onSaved))
        .open();
  }

  private DeploymentChoices choices() {
    Map<UUID, List<ModelVersion>> cache = new HashMap<>();
    return new DeploymentChoices(
        ServicePages.firstPageOfAll("name", page -> models.list(null, null, null, page)).stream()
            .map(ModelOverview::model)
            .toList(),
        modelId ->
            cache.computeIfAbsent(
                modelId,
                id -> ServicePages.firstPageOfAll("-createdAt", page -> versions.list(id, page))),
        ServicePages.firstPageOfAll("name", page -> fleets.list(null, null, null, page)).stream()
            .map(FleetSummary::fleet)
            .toList(),
        ServicePages.firstPageOfAll("name", page -> sites.list(null, null, page)));
  }

  private static boolean save(
      Supplier<Deployment> action, String verb, Consumer<Deployment> onSaved) {
    try {
      Deployment saved = action.get();
      Notices.success(verb + " " + saved.name + " — re-planning within seconds");
      onSaved.accept(saved);
      return true;
    } catch (RuntimeException e) {
      Notices.failed("This deployment", e);
      return false;
    }
  }
}
