package io.edgewise.registry;

/**
 * How many versions a model has and the label of its newest one.
 *
 * @param latestLabel the label of the most recently uploaded version; null when there is none
 */
public record VersionStats(long count, String latestLabel) {

  public static final VersionStats NONE = new VersionStats(0, null);
}
