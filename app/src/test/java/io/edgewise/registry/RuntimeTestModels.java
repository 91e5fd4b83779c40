package io.edgewise.registry;

/** The profiling tests' CNN for the agent runtime tests in other packages. */
public final class RuntimeTestModels {

  private RuntimeTestModels() {}

  /**
   * x [N,3,32,32] → conv1 → relu1 → pool1 → conv2 → relu2 → gap → flatten → fc → y [N,10]
   * (ProfilingModels.cnn).
   */
  public static byte[] cnn() {
    return ProfilingModels.cnn().toByteArray();
  }
}
