package io.edgewise.beta;

// Fixture for SourceImportCyclesTest, read as text and never compiled.
public class BetaLog {}
