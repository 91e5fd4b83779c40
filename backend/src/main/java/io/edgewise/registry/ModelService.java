package io.edgewise.registry;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.fleet.SmartDomain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases on models. */
@ApplicationScoped
public class ModelService {

  /** The editable fields of a model. */
  public record ModelData(
      String name, String task, ModelFamily family, SmartDomain domain, String description) {}

  @Inject ModelRepository models;
  @Inject ModelVersionRepository versions;
  @Inject AuditLog audit;

  @Transactional
  public PageResult<ModelOverview> list(
      ModelFamily family, SmartDomain domain, String namePrefix, PageRequest page) {
    PageResult<Model> result = models.page(family, domain, namePrefix, page);
    Map<UUID, VersionStats> stats =
        versions.statsFor(result.items().stream().map(m -> m.id).toList());
    return result.map(m -> new ModelOverview(m, stats.getOrDefault(m.id, VersionStats.NONE)));
  }

  @Transactional
  public ModelOverview get(UUID id) {
    return overview(models.requireOwned(id));
  }

  @Transactional
  public ModelOverview create(ModelData data) {
    models.requireNameFree(data.name().trim(), null);
    Model model = apply(new Model(), data);
    models.create(model);
    models.flush();
    audit.record("create", "model", model.id, model.name);
    return new ModelOverview(model, VersionStats.NONE);
  }

  @Transactional
  public ModelOverview update(UUID id, ExpectedVersion expected, ModelData data) {
    Model model = models.requireOwned(id);
    expected.check(model.version);
    models.requireNameFree(data.name().trim(), id);
    apply(model, data);
    models.flush();
    audit.record("update", "model", model.id, model.name);
    return overview(model);
  }

  /** Deletes a model; 409 while it still has versions. */
  @Transactional
  public void delete(UUID id) {
    Model model = models.requireOwned(id);
    long count = versions.countByModel(id);
    if (count > 0) {
      throw Conflict.inUse(
          "model '" + model.name + "' still has " + count + " version(s); delete them first");
    }
    models.delete(model);
    models.flush();
    audit.record("delete", "model", id, model.name);
  }

  private ModelOverview overview(Model model) {
    return new ModelOverview(
        model, versions.statsFor(List.of(model.id)).getOrDefault(model.id, VersionStats.NONE));
  }

  private static Model apply(Model model, ModelData data) {
    model.name = data.name().trim();
    model.task = data.task().trim();
    model.family = data.family();
    model.domain = data.domain();
    model.description = data.description();
    return model;
  }

  /** The caller's tenant's models with these ids (others' ids are silently absent). */
  @Transactional
  public List<Model> allOwned(Collection<UUID> ids) {
    return models.allOwned(ids);
  }
}
