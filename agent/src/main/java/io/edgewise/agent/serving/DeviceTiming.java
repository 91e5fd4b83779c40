package io.edgewise.agent.serving;

/**
 * How a device saw one of its earlier requests, as it reported it in the {@code X-Edgewise-Timing}
 * header (docs/agent.md, "Timing reports"). Each time is in milliseconds, finite and not negative;
 * null when the device did not report it (or reported something malformed).
 *
 * @param deviceMs its own compute: the head of a split, or preparing the input
 * @param uplinkMs sending the request
 * @param downlinkMs receiving the answer
 * @param totalMs end to end, as the device's application saw it
 */
public record DeviceTiming(Double deviceMs, Double uplinkMs, Double downlinkMs, Double totalMs) {}
