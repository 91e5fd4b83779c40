package io.edgewise.planning.partitioning;

/**
 * Picks the method for one executed model (the full graph or one exit's part of it): the chain scan
 * for chains, DADS's min-cut for the fastest two-tier DAG plan, branch-and-bound for everything
 * else up to a layer limit ({@link #EXACT_LAYER_LIMIT} by default), and the nested min-cut
 * heuristic beyond (or when the search runs out of nodes).
 */
final class ModelSolver {

  static final int EXACT_LAYER_LIMIT = 100;
  static final long NODE_BUDGET = 2_000_000;

  private final int exactLayerLimit;

  /** A model's best plan, how it was found, and whether it is proven optimal. */
  record Solved(PartitionPlan plan, String method, boolean exact) {}

  private final PartitionRequest request;
  private final PlanEvaluator evaluator;
  private final ChainScan chainScan;
  private final DagMinCut minCut;
  private final NestedMinCutHeuristic heuristic;

  ModelSolver(PartitionRequest request, PlanEvaluator evaluator, int exactLayerLimit) {
    this.exactLayerLimit = exactLayerLimit;
    this.request = request;
    this.evaluator = evaluator;
    this.chainScan = new ChainScan(request, evaluator);
    this.minCut = new DagMinCut(request, evaluator);
    this.heuristic = new NestedMinCutHeuristic(request, evaluator, minCut);
  }

  Solved solve(ExecutedModel model, PartitionObjective objective) {
    if (model.graph().isChain()) {
      return new Solved(chainScan.best(model, objective), "chain-scan", true);
    }
    Solved fastest = fastest(model);
    if (objective != PartitionObjective.MIN_DEVICE_ENERGY || !fastest.plan().meetsSlo()) {
      return fastest;
    }
    if (model.size() <= exactLayerLimit) {
      Tier[] tiers =
          new ExhaustiveSearch(request, model, objective, NODE_BUDGET).search(fastest.plan());
      if (tiers != null) {
        return new Solved(evaluator.evaluate(model, tiers), "exhaustive", fastest.exact());
      }
    }
    PartitionPlan guess = heuristic.best(model, objective);
    return new Solved(
        PlanRanking.better(guess, fastest.plan(), objective) ? guess : fastest.plan(),
        "heuristic",
        false);
  }

  /**
   * The fastest plan: exact by min-cut with two tiers, by search for small three-tier DAGs, else
   * heuristic.
   */
  private Solved fastest(ExecutedModel model) {
    if (!request.hasCloud()) {
      return new Solved(minCut.fastestTwoTier(model), "min-cut", true);
    }
    PartitionPlan guess = heuristic.best(model, PartitionObjective.MIN_LATENCY);
    if (model.size() <= exactLayerLimit) {
      Tier[] tiers =
          new ExhaustiveSearch(request, model, PartitionObjective.MIN_LATENCY, NODE_BUDGET)
              .search(guess);
      if (tiers != null) {
        return new Solved(evaluator.evaluate(model, tiers), "exhaustive", true);
      }
    }
    return new Solved(guess, "heuristic", false);
  }
}
