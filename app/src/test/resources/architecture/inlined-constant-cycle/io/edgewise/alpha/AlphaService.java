package io.edgewise.alpha;

import io.edgewise.beta.BetaLog;

// Fixture for SourceImportCyclesTest, read as text and never compiled.
public class AlphaService {
  BetaLog log;
}
