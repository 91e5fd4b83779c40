package io.edgewise.agent.config;

/**
 * A missing or malformed setting; its message is the one line the agent prints before exiting with
 * code 2.
 */
public class InvalidSettingException extends Exception {
  public InvalidSettingException(String variable, String problem) {
    super(variable + " " + problem);
  }
}
