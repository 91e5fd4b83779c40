package io.edgewise.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bcrypt password hashing. HTTP Basic re-sends the password on every request, so a successful check
 * is remembered for a few minutes, keyed by a digest of the stored hash and the password: changing
 * the password changes the key.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int MIN_LENGTH = 10;

  /** bcrypt reads at most 72 bytes; longer passwords would be silently truncated. */
  public static final int MAX_BYTES = 72;

  private static final int COST = 10;
  private static final long REMEMBER_NANOS = Duration.ofMinutes(5).toNanos();
  private static final int REMEMBER_MAX = 10_000;

  private final Map<String, Long> verified = new ConcurrentHashMap<>();

  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    String key = digest(hash + '\0' + password);
    Long until = verified.get(key);
    if (until != null && until - System.nanoTime() > 0) {
      return true;
    }
    boolean ok =
        BCrypt.verifyer()
            .verify(
                password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII))
            .verified;
    if (ok) {
      if (verified.size() >= REMEMBER_MAX) {
        verified.clear();
      }
      verified.put(key, System.nanoTime() + REMEMBER_NANOS);
    }
    return ok;
  }

  /** 400 naming {@code field} when the password is too short or too long for bcrypt. */
  public static void checkStrength(String field, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInput(
          "the password is too weak",
          List.of(new FieldError(field, "must have at least " + MIN_LENGTH + " characters")));
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new InvalidInput(
          "the password is too long",
          List.of(new FieldError(field, "must be at most " + MAX_BYTES + " bytes in UTF-8")));
    }
  }

  static String digest(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
