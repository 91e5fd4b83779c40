package io.edgewise.agent.serving.batch;

/** The model was unloaded while a request waited for it (503). */
public class ModelUnloadedException extends RuntimeException {

  public ModelUnloadedException() {
    super("the model was unloaded before the request ran");
  }
}
