package io.edgewise.agent.serving.batch;

/**
 * The model's batch queue holds as many requests as it may; the caller should retry later (429).
 */
public class QueueFullException extends RuntimeException {

  public QueueFullException(int capacity) {
    super("the model's queue is full (" + capacity + " requests waiting); retry shortly");
  }
}
