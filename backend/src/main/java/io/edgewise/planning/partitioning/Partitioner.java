package io.edgewise.planning.partitioning;

import java.util.List;

/**
 * The partitioning engine's one entry point: where each layer runs (device, edge, cloud) and which
 * early exit to take, for the minimum latency, the least device energy within an SLO, or the best
 * accuracy within an SLO. Follows Neurosurgeon (Kang et al., ASPLOS'17) for chains, DADS (Hu et
 * al., INFOCOM'19) for DAGs, Huang et al. for the third tier, and Edgent (Li, Zhou, Chen) with
 * BranchyNet exits for accuracy under an SLO.
 *
 * <p>Each way out of the model (the full model and every exit) is solved on the layers it runs; the
 * best across them wins by {@link PlanRanking}. Exact for chains (all cut pairs), two-tier DAGs
 * (min-cut, plus exhaustive search for the energy objective up to {@value
 * ModelSolver#EXACT_LAYER_LIMIT} layers) and three-tier DAGs up to that size; beyond it a nested
 * min-cut heuristic answers and {@link PartitionResult#exact()} is false. If no plan meets the SLO
 * the fastest plan is returned with {@code meetsSlo} false. Every plan's latency includes the
 * answer's way back to the device.
 */
public final class Partitioner {

  private final int exactLayerLimit;

  /**
   * Exact search for DAGs of up to {@value ModelSolver#EXACT_LAYER_LIMIT} layers where min-cut
   * alone is not exact.
   */
  public Partitioner() {
    this(ModelSolver.EXACT_LAYER_LIMIT);
  }

  /**
   * @param exactLayerLimit the largest DAG (in layers run) solved by branch-and-bound when min-cut
   *     alone is not exact; 0 always uses the heuristic there (the benchmark measures its gap this
   *     way); larger limits try the search within a node budget and fall back to the heuristic when
   *     it runs out
   */
  public Partitioner(int exactLayerLimit) {
    if (exactLayerLimit < 0 || exactLayerLimit > 1_000) {
      throw new IllegalArgumentException(
          "the exact layer limit must be in [0, 1000], got " + exactLayerLimit);
    }
    this.exactLayerLimit = exactLayerLimit;
  }

  public PartitionResult plan(PartitionRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("a partition request is required");
    }
    PlanEvaluator evaluator = new PlanEvaluator(request);
    ModelSolver solver = new ModelSolver(request, evaluator, exactLayerLimit);
    List<ExecutedModel> models = ExecutedModel.all(request);
    PartitionPlan best = null;
    String method = null;
    boolean exact = true;
    for (ExecutedModel model : models) {
      ModelSolver.Solved solved = solver.solve(model, request.objective());
      exact &= solved.exact();
      method = method == null || "heuristic".equals(solved.method()) ? solved.method() : method;
      if (PlanRanking.better(solved.plan(), best, request.objective())) {
        best = solved.plan();
      }
    }
    ExecutedModel full = models.get(0);
    return new PartitionResult(
        best,
        evaluator.fixed(full, Tier.DEVICE),
        evaluator.fixed(full, Tier.EDGE),
        request.hasCloud() ? evaluator.fixed(full, Tier.CLOUD) : null,
        method,
        exact);
  }
}
