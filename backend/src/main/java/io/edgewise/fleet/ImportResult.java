package io.edgewise.fleet;

/** What a bulk import wrote: {@code imported} = {@code created} + {@code updated}. */
public record ImportResult(int imported, int created, int updated) {}
