package io.edgewise.planning;

import io.edgewise.base.persistence.TenantOwnedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The GPUs of the caller's tenant's plans. */
@ApplicationScoped
public class PlanGpuRepository extends TenantOwnedRepository<PlanGpu> {

  @Override
  protected String noun() {
    return "plan GPU";
  }

  public List<PlanGpu> byPlan(UUID planId) {
    return scoped("planId = :plan", Map.of("plan", planId), Sort.by("siteId", "nodeId", "gpuId"))
        .list();
  }
}
