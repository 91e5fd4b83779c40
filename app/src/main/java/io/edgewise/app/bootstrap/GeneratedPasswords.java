package io.edgewise.app.bootstrap;

import java.security.SecureRandom;

/** Passwords generated for first-start accounts when none was configured. */
public final class GeneratedPasswords {

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedPasswords() {}

  public static String generate() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
