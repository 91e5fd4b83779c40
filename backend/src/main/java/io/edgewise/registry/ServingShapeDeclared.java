package io.edgewise.registry;

/**
 * Fired inside the transaction that changes a version's serving shape, so that observers (the
 * profiler's queue) can redo what depended on the old one.
 */
public record ServingShapeDeclared(ModelVersion version) {}
