package io.edgewise.registry;

/** A model together with a summary of its versions, as lists and detail views show it. */
public record ModelOverview(Model model, VersionStats versions) {}
