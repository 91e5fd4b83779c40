package io.edgewise.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.audit.AuditLog;
import io.edgewise.base.error.NotFound;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.TenantContext;
import io.edgewise.deployment.DeploymentService;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases on plans: compute one now (one planner per tenant at a time), read the latest, explain
 * a deployment's.
 */
@ApplicationScoped
public class PlanningService {

  /** A plan with its deployments and GPUs. */
  public record PlanDetail(Plan plan, List<PlanEntry> entries, List<PlanGpu> gpus) {}

  /** A deployment's entry in the latest plan, with that plan. */
  public record DeploymentPlan(Plan plan, PlanEntry entry, double latencySloMs) {}

  @Inject PlanInputsReader reader;
  @Inject PlanRepository plans;
  @Inject PlanEntryRepository entries;
  @Inject PlanGpuRepository gpus;
  @Inject DeploymentService deployments;
  @Inject PlanningConfig config;
  @Inject TenantContext tenant;
  @Inject ObjectMapper json;
  @Inject AuditLog audit;
  @Inject DriftRepository drift;

  /**
   * Plans the tenant from its registry now and stores the plan; waits while another instance plans
   * the same tenant. The transaction may outlive the default timeout: large tenants partition
   * thousands of deployments.
   */
  @Transactional
  @TransactionConfiguration(timeout = 900)
  public PlanDetail planNow(PlanTrigger trigger) {
    plans.lockTenant();
    PlanInputs inputs = reader.read().withMeasuredScales(drift.scales(tenant.tenantId()));
    Map<UUID, List<UUID>> previous =
        plans.latest().map(p -> entries.gpusByDeployment(p.id)).orElse(Map.of());
    ComputedPlan computed = new PlanComputer(config).compute(inputs, previous);
    PlanDetail detail = store(trigger, inputs, computed);
    plans.prune(config.retainedPlans());
    plans.settleRequests();
    audit.record(
        "create",
        "plan",
        detail.plan().id,
        trigger
            + ": "
            + detail.plan().placed
            + " placed, "
            + detail.plan().unplaced
            + " unplaced, "
            + detail.plan().gpusUsed
            + " GPUs, "
            + detail.plan().moved
            + " moved");
    return detail;
  }

  @Transactional
  public PageResult<Plan> list(PageRequest page) {
    return plans.page(page);
  }

  /** The tenant's latest plan; 404 before the first. */
  @Transactional
  public PlanDetail latest() {
    return findLatest()
        .orElseThrow(() -> new NotFound("plan: none has been computed for this tenant yet"));
  }

  /** The tenant's latest plan, if one has been computed. */
  @Transactional
  public Optional<PlanDetail> findLatest() {
    return plans.latest().map(this::detail);
  }

  @Transactional
  public PlanDetail get(UUID id) {
    return detail(plans.requireOwned(id));
  }

  /**
   * The deployment's entry in the latest plan; 404 for unknown deployments and for ones not planned
   * yet.
   */
  @Transactional
  public DeploymentPlan forDeployment(UUID deploymentId) {
    var deployment = deployments.get(deploymentId);
    Plan latest =
        plans
            .latest()
            .orElseThrow(
                () ->
                    new NotFound(
                        "plan of deployment " + deploymentId + ": no plan has been computed yet"));
    PlanEntry entry =
        entries
            .find(latest.id, deploymentId)
            .orElseThrow(
                () ->
                    new NotFound(
                        "plan of deployment "
                            + deploymentId
                            + ": it is not in the latest plan (only ACTIVE and PENDING deployments"
                            + " are planned; re-planning follows changes within seconds)"));
    return new DeploymentPlan(latest, entry, deployment.latencySloMs);
  }

  private PlanDetail detail(Plan plan) {
    return new PlanDetail(plan, entries.byPlan(plan.id), gpus.byPlan(plan.id));
  }

  private PlanDetail store(PlanTrigger trigger, PlanInputs inputs, ComputedPlan computed) {
    Plan plan = new Plan();
    plan.trigger = trigger;
    plan.requestedBy = tenant.actorName();
    plan.inputs = inputs;
    plan.inputsDigest = digest(inputs);
    plan.solver = computed.solver();
    plan.solveMs = computed.solveMs();
    plan.deployments = computed.entries().size();
    plan.placed = (int) computed.count(PlanOutcome.PLACED);
    plan.unplaced = (int) computed.count(PlanOutcome.UNPLACED);
    plan.gpusUsed = computed.gpusUsed();
    plan.moved = computed.moved();
    plan.sloAttainment = computed.sloAttainment();
    plan.score = computed.score();
    plans.create(plan);
    List<PlanEntry> storedEntries = computed.entries().stream().map(e -> entry(plan, e)).toList();
    List<PlanGpu> storedGpus = computed.gpus().stream().map(g -> gpu(plan, g)).toList();
    storedEntries.forEach(entries::create);
    storedGpus.forEach(gpus::create);
    plans.flush();
    return new PlanDetail(plan, storedEntries, storedGpus);
  }

  private static PlanEntry entry(Plan plan, ComputedPlan.Entry e) {
    PlanEntry entry = new PlanEntry();
    entry.planId = plan.id;
    entry.deploymentId = e.deploymentId();
    entry.deploymentName = e.deploymentName();
    entry.outcome = e.outcome();
    entry.reason = e.reason();
    entry.gpuIds = new ArrayList<>(e.gpuIds());
    entry.batchSize = e.batchSize();
    entry.p95Ms = e.p95Ms();
    entry.partition = e.partition();
    return entry;
  }

  private static PlanGpu gpu(Plan plan, ComputedPlan.GpuLoad g) {
    PlanGpu gpu = new PlanGpu();
    gpu.planId = plan.id;
    gpu.gpuId = g.gpuId();
    gpu.nodeId = g.nodeId();
    gpu.siteId = g.siteId();
    gpu.utilization = g.utilization();
    gpu.memoryMib = g.memoryMib();
    gpu.plannedMemoryMib = g.plannedMemoryMib();
    gpu.residentVersions = new ArrayList<>(g.residentVersions());
    return gpu;
  }

  private String digest(PlanInputs inputs) {
    try {
      byte[] bytes = json.writeValueAsString(inputs).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot digest the plan's inputs", e);
    }
  }

  /** The tenant's latest plan without its entries and GPUs, if one has been computed. */
  @Transactional
  public Optional<Plan> findLatestPlan() {
    return plans.latest();
  }

  /** The deployment's entry in {@code planId}, if that plan has one. */
  @Transactional
  public Optional<PlanEntry> findEntry(UUID planId, UUID deploymentId) {
    return entries.find(planId, deploymentId);
  }
}
