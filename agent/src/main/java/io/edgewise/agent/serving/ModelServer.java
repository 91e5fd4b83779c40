package io.edgewise.agent.serving;

import ai.djl.Device;
import io.edgewise.agent.serving.ServingPlan.Route;
import io.edgewise.agent.serving.profile.NodeProfiler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The models this node holds in memory and the requests they serve. {@link #apply} is called by the
 * plan follower whenever the plan or the model store changes; it returns at once and loads or
 * unloads in the background, on one loader thread, one model at a time.
 */
@ApplicationScoped
public class ModelServer {

  /** One model as serving holds it: {@code state} is LOADING, LOADED or FAILED. */
  public record HeldModel(
      String sha256, String versionId, String state, Double loadMs, String error) {}

  /**
   * A held model with what it served and the deployments routed to it (for {@code GET /v1/models}).
   */
  public record ModelStatus(HeldModel model, long requests, List<String> deployments) {}

  private static final Logger LOG = Logger.getLogger(ModelServer.class.getName());

  private final Map<String, ServedModel> held = new ConcurrentHashMap<>();
  private final ExecutorService loader =
      Executors.newSingleThreadExecutor(daemon("edgewise-model-loader", Thread.NORM_PRIORITY));
  private final ServingEvents events;
  private final ServingSettings settings;
  private final NodeProfiler profiler;
  private volatile ServingPlan plan = ServingPlan.empty();
  private Device device;

  /**
   * In the app: events go to the agent's {@link ServingEvents} bean, or nowhere while there is
   * none.
   */
  @Inject
  public ModelServer(Instance<ServingEvents> events) {
    this(new LazyServingEvents(events), ServingSettings.from(System.getenv()));
  }

  public ModelServer(ServingEvents events, ServingSettings settings) {
    this.events = events;
    this.settings = settings;
    this.profiler =
        settings.profile()
            ? new NodeProfiler(
                events,
                daemon("edgewise-node-profiler", Thread.MIN_PRIORITY),
                settings.batchCurveMax())
            : null;
  }

  /**
   * Makes serving follow {@code next}: loads what it names and has a file for, unloads everything
   * else.
   */
  public void apply(ServingPlan next) {
    this.plan = next;
    loader.execute(this::follow);
  }

  /** The models held now (for heartbeats and {@code GET /v1/models}). */
  public List<HeldModel> models() {
    return held.values().stream().map(ServedModel::view).toList();
  }

  /** The plan serving follows now. */
  public ServingPlan plan() {
    return plan;
  }

  /** The held models with their request counts and the deployments that route to them. */
  public List<ModelStatus> statuses() {
    ServingPlan current = plan;
    return held.values().stream()
        .map(
            m ->
                new ModelStatus(
                    m.view(),
                    m.requests(),
                    current.routes().values().stream()
                        .filter(
                            r ->
                                m.sha256().equals(r.wholeSha256())
                                    || m.sha256().equals(r.tailSha256()))
                        .map(Route::deploymentId)
                        .sorted()
                        .toList()))
        .toList();
  }

  /** The model held for an artifact, in whatever state; empty when not held (yet). */
  public Optional<ServedModel> held(String sha256) {
    return Optional.ofNullable(sha256 == null ? null : held.get(sha256));
  }

  /** Where serving reports what it did. */
  public ServingEvents events() {
    return events;
  }

  /** Counts a served request against its model. */
  public void served(ServedModel model) {
    model.countServed();
  }

  private void follow() {
    ServingPlan target = plan;
    Map<String, PlannedLoad> wanted = PlannedLoad.of(target, settings);
    for (ServedModel model : List.copyOf(held.values())) {
      PlannedLoad want = wanted.get(model.sha256());
      if (want == null || !want.file().equals(model.file())) {
        held.remove(model.sha256(), model);
        model.unload();
        LOG.info(() -> "unloaded model " + model.sha256());
      } else {
        model.resize(want.maxBatch());
      }
    }
    List<ServedModel> toLoad = new ArrayList<>();
    wanted.forEach(
        (sha, want) -> {
          if (!held.containsKey(sha)) {
            ServedModel model = new ServedModel(sha, want.file(), want.versionId());
            held.put(sha, model);
            toLoad.add(model);
          }
        });
    toLoad.forEach(model -> load(model, wanted.get(model.sha256())));
  }

  private void load(ServedModel model, PlannedLoad want) {
    long start = System.nanoTime();
    try {
      if (device == null) {
        device = ServingDevice.detect();
      }
      LoadedModel loaded =
          LoadedModel.load(
              model.file(),
              device,
              model.sha256().substring(0, Math.min(12, model.sha256().length())),
              want.maxBatch(),
              settings);
      double ms = (System.nanoTime() - start) / 1e6;
      if (held.get(model.sha256()) != model) {
        loaded.close();
        return;
      }
      model.loaded(loaded, ms);
      LOG.info(() -> "loaded model " + model.sha256() + " in " + Math.round(ms) + " ms");
      events.loaded(model.versionId(), model.sha256(), ms, null);
      if (profiler != null && want.whole() && model.versionId() != null) {
        profiler.profileOnce(model.versionId(), model.file());
      }
    } catch (Exception | LinkageError e) {
      double ms = (System.nanoTime() - start) / 1e6;
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      model.failed(reason, ms);
      LOG.log(Level.WARNING, "model " + model.sha256() + " failed to load: " + reason);
      events.loaded(model.versionId(), model.sha256(), ms, reason);
    }
  }

  /** Unloads everything and stops the background threads. */
  @PreDestroy
  public void close() {
    loader.shutdownNow();
    try {
      loader.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (profiler != null) {
      profiler.close();
    }
    held.values().forEach(ServedModel::unload);
    held.clear();
  }

  static ThreadFactory daemon(String name, int priority) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      thread.setPriority(priority);
      return thread;
    };
  }
}
