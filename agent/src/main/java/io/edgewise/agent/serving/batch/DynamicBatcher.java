package io.edgewise.agent.serving.batch;

import io.edgewise.agent.serving.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One model's request queue and its single execution thread. Like Triton's dynamic batcher, a
 * request of batch 1 for a model whose inputs all have a dynamic first dimension waits at most
 * {@code maxDelayNanos} after its arrival for others of the same shape; up to {@code maxBatch} of
 * them are stacked, run once and split back. Any other request runs alone, in arrival order. The
 * queue is bounded: a full queue refuses at once.
 */
public final class DynamicBatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DynamicBatcher.class.getName());

  private record Job(
      List<Tensor> inputs,
      boolean stackable,
      long arrivedNanos,
      CompletableFuture<List<Tensor>> result) {}

  private final ModelRunner runner;
  private volatile int maxBatch;
  private final long maxDelayNanos;
  private final boolean modelBatchable;
  private final int capacity;
  private final BlockingQueue<Job> queue;
  private final Thread thread;
  private final AtomicLong executions = new AtomicLong();
  private final AtomicLong batchedRequests = new AtomicLong();
  private volatile boolean open = true;
  private Job carried;

  public DynamicBatcher(
      String name,
      ModelRunner runner,
      boolean modelBatchable,
      int maxBatch,
      long maxDelayNanos,
      int capacity) {
    this.runner = runner;
    this.modelBatchable = modelBatchable;
    this.maxBatch = Math.max(1, maxBatch);
    this.maxDelayNanos = maxDelayNanos;
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::loop, "edgewise-serve-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues one request (inputs bound to the model's inputs); throws {@link QueueFullException} when
   * full.
   */
  public CompletableFuture<List<Tensor>> submit(List<Tensor> inputs) {
    CompletableFuture<List<Tensor>> result = new CompletableFuture<>();
    boolean stackable = modelBatchable && maxBatch > 1 && TensorBatches.batchOfOne(inputs);
    if (!open) {
      result.completeExceptionally(new ModelUnloadedException());
      return result;
    }
    Job job = new Job(inputs, stackable, System.nanoTime(), result);
    if (!queue.offer(job)) {
      throw new QueueFullException(capacity);
    }
    if (!open && queue.remove(job)) {
      // closed while queuing: close() may already have drained the queue
      result.completeExceptionally(new ModelUnloadedException());
    }
    return result;
  }

  /**
   * Changes the largest batch from the next batch on (a new plan's batch size for a model already
   * loaded).
   */
  public void resize(int maxBatch) {
    this.maxBatch = Math.max(1, maxBatch);
  }

  /** The largest batch it forms now. */
  public int maxBatch() {
    return maxBatch;
  }

  /** How many times the model ran (a batch counts once). */
  public long executions() {
    return executions.get();
  }

  /** How many requests ran as part of a batch of two or more. */
  public long batchedRequests() {
    return batchedRequests.get();
  }

  private void loop() {
    while (open) {
      try {
        Job first = carried != null ? carried : queue.poll(50, TimeUnit.MILLISECONDS);
        carried = null;
        if (first != null) {
          execute(collect(first));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "batch loop: " + e.getMessage(), e);
      }
    }
  }

  private List<Job> collect(Job first) throws InterruptedException {
    List<Job> batch = new ArrayList<>(List.of(first));
    long deadline = first.arrivedNanos() + maxDelayNanos;
    while (first.stackable() && batch.size() < maxBatch) {
      Job next = queue.poll();
      if (next == null) {
        long wait = deadline - System.nanoTime();
        next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
      }
      if (next == null) {
        break;
      }
      if (!next.stackable() || !TensorBatches.compatible(first.inputs(), next.inputs())) {
        carried = next;
        break;
      }
      batch.add(next);
    }
    return batch;
  }

  private void execute(List<Job> batch) {
    if (batch.size() == 1) {
      runAlone(batch.get(0));
      return;
    }
    try {
      executions.incrementAndGet();
      List<Tensor> outputs =
          runner.run(TensorBatches.stack(batch.stream().map(Job::inputs).toList()));
      var parts = TensorBatches.split(outputs, batch.size());
      if (parts.isEmpty()) {
        // an output not stacked along dimension 0: this model cannot be batched after all
        batch.forEach(this::runAlone);
        return;
      }
      batchedRequests.addAndGet(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result().complete(parts.get().get(i));
      }
    } catch (Exception e) {
      batch.forEach(job -> job.result().completeExceptionally(e));
    }
  }

  private void runAlone(Job job) {
    try {
      executions.incrementAndGet();
      job.result().complete(runner.run(job.inputs()));
    } catch (Exception e) {
      job.result().completeExceptionally(e);
    }
  }

  /** Stops taking requests, lets the running batch finish and fails whatever still waits. */
  @Override
  public void close() {
    open = false;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (carried != null) {
      carried.result().completeExceptionally(new ModelUnloadedException());
    }
    Job waiting;
    while ((waiting = queue.poll()) != null) {
      waiting.result().completeExceptionally(new ModelUnloadedException());
    }
  }
}
