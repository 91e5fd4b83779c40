package io.edgewise.agent;

import io.edgewise.agent.config.AgentSettings;
import io.edgewise.agent.config.InvalidSettingException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.time.OffsetDateTime;

/**
 * The agent's entry point: checks the environment before Quarkus boots, so that a bad setting ends the
 * process with exit code 2 and exactly one line naming the variable; then runs {@link AgentApplication}.
 */
@QuarkusMain
public final class AgentMain {
  /** Exit code for a missing or malformed setting, as documented in docs/agent.md. */
  public static final int BAD_SETTING = 2;

  private AgentMain() {}

  public static void main(String... args) {
    try {
      AgentSettings.fromEnvironment(System.getenv());
    } catch (InvalidSettingException e) {
      // Quarkus's logging is not up yet: one plain line on stderr, in the log's format
      System.err.println(OffsetDateTime.now() + " SEVERE [io.edgewise.agent] invalid setting: " + e.getMessage());
      System.exit(BAD_SETTING);
    }
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true"); // model zoos and hubs are never reached
    }
    Quarkus.run(AgentApplication.class, args);
  }
}
