package io.edgewise.agent.serving;

import io.edgewise.agent.serving.batch.ModelUnloadedException;
import io.edgewise.agent.serving.tensor.Signature;
import io.edgewise.agent.serving.tensor.Tensor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** One artifact serving holds: its state and, once LOADED, the model that answers its requests. */
public final class ServedModel {

  /** Where a held model stands. */
  public enum State {
    LOADING,
    LOADED,
    FAILED
  }

  private final String sha256;
  private final Path file;
  private final String versionId;
  private final AtomicLong requests = new AtomicLong();
  private volatile State state = State.LOADING;
  private volatile Double loadMs;
  private volatile String error;
  private volatile LoadedModel model;
  private volatile Signature signature;

  ServedModel(String sha256, Path file, String versionId) {
    this.sha256 = sha256;
    this.file = file;
    this.versionId = versionId;
  }

  public String sha256() {
    return sha256;
  }

  Path file() {
    return file;
  }

  public String versionId() {
    return versionId;
  }

  public State state() {
    return state;
  }

  public String error() {
    return error;
  }

  public long requests() {
    return requests.get();
  }

  /** The declared inputs and outputs; only once LOADED. */
  public Signature signature() {
    return signature;
  }

  /** Queues a request whose inputs are bound to {@link #signature()}; only once LOADED. */
  public CompletableFuture<List<Tensor>> submit(List<Tensor> inputs) {
    LoadedModel m = model;
    if (m == null) {
      return CompletableFuture.failedFuture(new ModelUnloadedException());
    }
    return m.batcher().submit(inputs);
  }

  /** How many times the model ran (a batch counts once); 0 unless LOADED. */
  public long executions() {
    LoadedModel m = model;
    return m == null ? 0 : m.batcher().executions();
  }

  /** The largest batch its batcher forms; 0 unless LOADED. */
  public int maxBatch() {
    LoadedModel m = model;
    return m == null ? 0 : m.batcher().maxBatch();
  }

  /** Serves with a new plan's batch size from the next batch on (nothing unless LOADED). */
  void resize(int maxBatch) {
    LoadedModel m = model;
    if (m != null) {
      m.batcher().resize(maxBatch);
    }
  }

  void countServed() {
    requests.incrementAndGet();
  }

  void loaded(LoadedModel loaded, double ms) {
    this.model = loaded;
    this.signature = loaded.signature();
    this.loadMs = ms;
    this.state = State.LOADED;
  }

  void failed(String reason, double ms) {
    this.error = reason;
    this.loadMs = ms;
    this.state = State.FAILED;
  }

  /** Closes the model, if any; waiting requests fail. */
  void unload() {
    LoadedModel m = model;
    model = null;
    if (m != null) {
      m.close();
    }
  }

  ModelServer.HeldModel view() {
    return new ModelServer.HeldModel(sha256, versionId, state.name(), loadMs, error);
  }
}
