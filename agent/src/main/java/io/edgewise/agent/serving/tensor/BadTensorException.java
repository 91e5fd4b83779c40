package io.edgewise.agent.serving.tensor;

/**
 * A request's tensor cannot be read or does not fit the model; its message is shown to the caller
 * (400).
 */
public class BadTensorException extends RuntimeException {

  public BadTensorException(String message) {
    super(message);
  }
}
