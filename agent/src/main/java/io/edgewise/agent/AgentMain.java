package io.edgewise.agent;

import io.edgewise.agent.config.AgentSettings;
import io.edgewise.agent.config.InvalidSettingException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The agent's entry point: checks the environment before Quarkus boots, so that a bad setting ends
 * the process with exit code 2 and exactly one line naming the variable; then runs {@link
 * AgentApplication}.
 */
@QuarkusMain
public final class AgentMain {
  /** Exit code for a missing or malformed setting, as documented in docs/agent.md. */
  public static final int BAD_SETTING = 2;

  private AgentMain() {}

  /**
   * Quarkus has not configured logging yet: this logger writes one line per record to stderr
   * itself.
   */
  private static Logger startupLog() {
    Logger log = Logger.getLogger(AgentMain.class.getName());
    ConsoleHandler console = new ConsoleHandler();
    console.setFormatter(
        new Formatter() {
          @Override
          public String format(LogRecord record) {
            return record.getInstant()
                + " "
                + record.getLevel()
                + " ["
                + record.getLoggerName()
                + "] "
                + formatMessage(record)
                + System.lineSeparator();
          }
        });
    log.setUseParentHandlers(false);
    log.addHandler(console);
    return log;
  }

  public static void main(String... args) {
    try {
      AgentSettings.fromEnvironment(System.getenv());
    } catch (InvalidSettingException e) {
      startupLog().severe("invalid setting: " + e.getMessage());
      System.exit(BAD_SETTING);
    }
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true"); // model zoos and hubs are never reached
    }
    Quarkus.run(AgentApplication.class, args);
  }
}
