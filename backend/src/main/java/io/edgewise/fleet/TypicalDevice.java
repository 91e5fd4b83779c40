package io.edgewise.fleet;

/** A fleet's working devices summarised for planning: their number and mean compute and link. */
public record TypicalDevice(int devices, double gflops, double linkMbps, double linkRttMs) {
  public static final TypicalDevice NONE = new TypicalDevice(0, 0, 1, 0);
}
