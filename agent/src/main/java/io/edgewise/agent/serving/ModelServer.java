package io.edgewise.agent.serving;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The models this node holds in memory and the requests they serve. {@link #apply} is called by the plan
 * follower whenever the plan or the model store changes; it returns at once and loads or unloads in the
 * background.
 */
@ApplicationScoped
public class ModelServer {

  /** One model as serving holds it: {@code state} is LOADING, LOADED or FAILED. */
  public record HeldModel(String sha256, String versionId, String state, Double loadMs, String error) {}

  private volatile ServingPlan plan = ServingPlan.empty();

  /** Makes serving follow {@code next}: loads what it names and has a file for, unloads everything else. */
  public void apply(ServingPlan next) {
    this.plan = next;
  }

  /** The models held now (for heartbeats and {@code GET /v1/models}). */
  public List<HeldModel> models() {
    return List.of();
  }

  /** The plan serving follows now. */
  public ServingPlan plan() {
    return plan;
  }
}
