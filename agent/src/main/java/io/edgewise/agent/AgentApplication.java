package io.edgewise.agent;

import io.edgewise.agent.config.AgentSettings;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * Runs the agent until the process is asked to stop: starts the {@link AgentRuntime}, waits, stops
 * it.
 */
public class AgentApplication implements QuarkusApplication {

  @Inject AgentRuntime runtime;

  @Override
  public int run(String... args) throws Exception {
    runtime.start(AgentSettings.fromEnvironment(System.getenv()));
    try {
      Quarkus.waitForExit();
    } finally {
      runtime.stop();
    }
    return 0;
  }
}
