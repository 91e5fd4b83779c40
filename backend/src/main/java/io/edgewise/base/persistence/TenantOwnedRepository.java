package io.edgewise.base.persistence;

import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.NotFound;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository whose every query is scoped to the caller's tenant. Callers never pass a tenant: it
 * comes from the {@link TenantContext}, and a lookup by id re-checks ownership, so another tenant's
 * id reads as "not found".
 */
public abstract class TenantOwnedRepository<E extends TenantOwnedEntity>
    implements PanacheRepositoryBase<E, UUID> {

  @Inject protected TenantContext tenant;

  /** The entity's name in problem details, e.g. "site". */
  protected abstract String noun();

  public UUID tenantId() {
    return tenant.tenantId();
  }

  public Optional<E> findOwned(UUID id) {
    return find(
            "id = :id and tenantId = :tenant", Parameters.with("id", id).and("tenant", tenantId()))
        .firstResultOptional();
  }

  /**
   * The entity with this id in the caller's tenant; 404 otherwise (including another tenant's id).
   */
  public E requireOwned(UUID id) {
    return findOwned(id).orElseThrow(() -> new NotFound(noun() + " " + id));
  }

  /** All of the tenant's entities, by id; for planners that read a tenant's whole inventory. */
  public List<E> allOwned() {
    return scoped("", Map.of(), Sort.by("id")).list();
  }

  /** The tenant's entities with these ids (others' ids are silently absent). */
  public List<E> allOwned(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : scoped("id in :ids", Map.of("ids", ids), Sort.by("id")).list();
  }

  /** A query over the caller's tenant with extra conditions; {@code where} may be empty. */
  protected PanacheQuery<E> scoped(String where, Map<String, Object> params, Sort sort) {
    Parameters parameters = Parameters.with("tenant", tenantId());
    params.forEach(parameters::and);
    String query = "tenantId = :tenant" + (where.isBlank() ? "" : " and " + where);
    return find(query, sort, parameters);
  }

  /** The tenant's entity with this name; for entities named by a {@code name} attribute. */
  public Optional<E> findByName(String name) {
    return scoped("name = :name", Map.of("name", name), Sort.by("id")).firstResultOptional();
  }

  /** 409 when another of the tenant's entities (not {@code self}) already has this name. */
  public void requireNameFree(String name, UUID self) {
    findByName(name)
        .filter(other -> !other.id.equals(self))
        .ifPresent(
            other -> {
              throw new Conflict("a " + noun() + " named '" + name + "' already exists");
            });
  }

  /** A query over the caller's tenant narrowed by the filters that are present. */
  protected PanacheQuery<E> scoped(Conditions conditions, Sort sort) {
    return scoped(conditions.where(), conditions.params(), sort);
  }

  /** Stamps the caller's tenant on a new entity and stores it. */
  public E create(E entity) {
    entity.tenantId = tenantId();
    persist(entity);
    return entity;
  }
}
