package io.edgewise.planning.partitioning;

/**
 * Local improvement of a tier assignment by multi-layer cut shifts, taken while they improve the
 * plan by the objective's ranking. Single-layer moves stall where data must flow upward: a layer
 * cannot drop below one of its inputs nor rise above one of its readers. A shift therefore moves a
 * layer with what it drags along, keeping the plan forward:
 *
 * <ul>
 *   <li>down to tier t: the layer and every ancestor above t (on a chain, the cut moves back past a
 *       whole run of layers);
 *   <li>up to tier t: the layer and every descendant below t;
 *   <li>the cut just after a layer (its readers up, with their descendants) or just before it (its
 *       inputs down, with their ancestors);
 *   <li>a whole frontier: every layer of a tier whose readers are all higher moves up one tier, or
 *       every layer of a tier whose inputs are all lower moves down one.
 * </ul>
 */
final class CutShifts {

  static final int MAX_PASSES = 20;

  private final ExecutedModel model;
  private final PlanEvaluator evaluator;
  private final int topTier;
  private final PartitionObjective objective;
  private final boolean cuts;

  /**
   * @param cuts whether to shift several layers at once; without, only single layers that drag
   *     nothing move (the latency objective: it found the optimum on every seeded case without
   *     them, at a third of the time)
   */
  CutShifts(
      ExecutedModel model,
      PlanEvaluator evaluator,
      int topTier,
      PartitionObjective objective,
      boolean cuts) {
    this.model = model;
    this.evaluator = evaluator;
    this.topTier = topTier;
    this.objective = objective;
    this.cuts = cuts;
  }

  /** The plan reached from {@code tiers} (priced as {@code plan}); {@code tiers} is updated. */
  PartitionPlan improve(Tier[] tiers, PartitionPlan plan) {
    boolean improved = true;
    for (int pass = 0; improved && pass < MAX_PASSES; pass++) {
      improved = false;
      for (int v = 0; v < model.size(); v++) {
        for (int t = 0; t <= topTier; t++) {
          Tier to = Tier.values()[t];
          PartitionPlan moved = plan;
          if (t != tiers[v].ordinal()) {
            moved = take(tiers, shift(tiers, new int[] {v}, to, t < tiers[v].ordinal()), moved);
          }
          for (int d = 0; cuts && d < 2; d++) {
            moved = take(tiers, shift(tiers, model.consumers().get(v), to, d == 1), moved);
            moved = take(tiers, shift(tiers, model.reads(v), to, d == 1), moved);
          }
          improved |= moved != plan;
          plan = moved;
        }
      }
      for (int t = 0; cuts && t < topTier; t++) {
        PartitionPlan moved = take(tiers, frontier(tiers, t, +1), plan);
        moved = take(tiers, frontier(tiers, t + 1, -1), moved);
        improved |= moved != plan;
        plan = moved;
      }
    }
    return plan;
  }

  /** The better of {@code plan} and the {@code moved} assignment, copied into {@code tiers}. */
  private PartitionPlan take(Tier[] tiers, Tier[] moved, PartitionPlan plan) {
    if (moved == null) {
      return plan;
    }
    PlanEvaluator.Priced candidate = evaluator.price(model, moved);
    int order =
        PlanRanking.compare(
            candidate.meetsSlo(),
            candidate.latency().totalMs(),
            candidate.joules(),
            0,
            plan.meetsSlo(),
            plan.totalMs(),
            plan.deviceEnergyJoules(),
            0,
            objective);
    if (order >= 0) {
      return plan;
    }
    System.arraycopy(moved, 0, tiers, 0, tiers.length);
    return evaluator.evaluate(model, tiers);
  }

  /**
   * The {@code seeds} on the wrong side of {@code to} moved to it (down or up) with the ancestors
   * (down) or descendants (up) they drag; null when no seed moves. Seeds are one layer, a layer's
   * readers (the cut just after it) or its inputs (the cut just before it).
   */
  private Tier[] shift(Tier[] tiers, int[] seeds, Tier to, boolean down) {
    Tier[] moved = tiers.clone();
    boolean[] dragged = new boolean[tiers.length];
    int first = -1;
    for (int s : seeds) {
      if (s < tiers.length && (down ? tiers[s].compareTo(to) > 0 : tiers[s].compareTo(to) < 0)) {
        dragged[s] = true;
        first = first < 0 ? s : down ? Math.max(first, s) : Math.min(first, s);
      }
    }
    if (first < 0) {
      return null;
    }
    for (int k = first; k >= 0 && k < tiers.length; k += down ? -1 : 1) {
      if (!dragged[k]) {
        continue;
      }
      moved[k] = to;
      int[] next = down ? model.reads(k) : model.consumers().get(k);
      for (int u : next) {
        if (u < tiers.length && (down ? tiers[u].compareTo(to) > 0 : tiers[u].compareTo(to) < 0)) {
          if (!cuts) {
            return null;
          }
          dragged[u] = true;
        }
      }
    }
    return moved;
  }

  /**
   * Every layer on {@code tier} that can move one tier in {@code direction} (+1: all its readers
   * are higher; -1: all its inputs are lower) moves; null when none can.
   */
  private Tier[] frontier(Tier[] tiers, int tier, int direction) {
    Tier[] moved = tiers.clone();
    boolean any = false;
    for (int k = 0; k < tiers.length; k++) {
      if (tiers[k].ordinal() != tier) {
        continue;
      }
      boolean free = true;
      int[] neighbours = direction > 0 ? model.consumers().get(k) : model.reads(k);
      for (int u : neighbours) {
        int other = u == tiers.length ? Tier.DEVICE.ordinal() : tiers[u].ordinal();
        free &= direction > 0 ? other > tier : other < tier;
      }
      if (free) {
        moved[k] = Tier.values()[tier + direction];
        any = true;
      }
    }
    return any ? moved : null;
  }
}
