package io.edgewise.sso;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds what the Keycloak tests need: the Keycloak distribution from the local Maven repository
 * ({@code org.keycloak:keycloak-quarkus-dist:26.5.6:zip}, fetched with {@code ./mvnw dependency:get
 * -Dartifact=org.keycloak:keycloak-quarkus-dist:26.5.6:zip}), unpacked once into {@code target/},
 * and a Java 21+ runtime to run it ({@code EDGEWISE_KEYCLOAK_JAVA_HOME}, else Temurin 25).
 */
final class KeycloakDistribution {

  static final String VERSION = "26.5.6";
  private static final String ZIP =
      "org/keycloak/keycloak-quarkus-dist/"
          + VERSION
          + "/keycloak-quarkus-dist-"
          + VERSION
          + ".zip";
  private static final Path UNPACKED = Paths.get("target", "keycloak");

  private KeycloakDistribution() {}

  /** The unpacked distribution's home, or why there is none. */
  static Path home() throws IOException {
    Path zip =
        zip()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the Keycloak distribution "
                            + ZIP
                            + " is in no local Maven repository; fetch it with './mvnw"
                            + " dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:"
                            + VERSION
                            + ":zip -Dtransitive=false'"));
    Path home = UNPACKED.resolve("keycloak-" + VERSION).toAbsolutePath();
    if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
      unzip(zip, UNPACKED);
    }
    return home;
  }

  /** A Java 21+ home, or why there is none. */
  static Path javaHome() throws IOException {
    String configured = System.getenv("EDGEWISE_KEYCLOAK_JAVA_HOME");
    Path home = Paths.get(configured != null ? configured : "/usr/lib/jvm/temurin-25-jdk-amd64");
    Path release = home.resolve("release");
    if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
      throw new IllegalStateException(
          "Keycloak needs Java 21+, and "
              + home
              + " holds no JDK; set EDGEWISE_KEYCLOAK_JAVA_HOME");
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      properties.load(in);
    }
    String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
    if (Integer.parseInt(version.split("[.]")[0]) < 21) {
      throw new IllegalStateException(
          "Keycloak needs Java 21+, and "
              + home
              + " is Java "
              + version
              + "; set EDGEWISE_KEYCLOAK_JAVA_HOME");
    }
    return home;
  }

  private static Optional<Path> zip() {
    List<String> repositories = new ArrayList<>();
    repositories.add(System.getProperty("edgewise.keycloak.dist", ""));
    repositories.add(System.getProperty("edgewise.maven.repo", ""));
    repositories.add(System.getProperty("edgewise.maven.repo.tail", ""));
    repositories.add(System.getProperty("user.home") + "/.m2/repository");
    return repositories.stream()
        .filter(r -> !r.isBlank() && !r.startsWith("${"))
        .flatMap(r -> List.of(r.split(",")).stream())
        .map(r -> r.endsWith(".zip") ? Paths.get(r) : Paths.get(r, ZIP))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static void unzip(Path zip, Path target) throws IOException {
    Path staging =
        Files.createDirectories(target).resolve("unpacking-" + ProcessHandle.current().pid());
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path out = staging.resolve(entry.getName()).normalize();
        if (!out.startsWith(staging)) {
          throw new IOException("zip entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    // one rename, so a half-unpacked folder is never mistaken for a distribution
    Files.move(
        staging.resolve("keycloak-" + VERSION),
        target.resolve("keycloak-" + VERSION),
        StandardCopyOption.ATOMIC_MOVE);
  }
}
