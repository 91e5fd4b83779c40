package io.edgewise.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Features import one another without cycles, read from source so that inlined constants cannot
 * hide a cycle from the bytecode rules in {@link ArchitectureTest}.
 */
class SourceImportCyclesTest {

  private static final Path REPO = repositoryRoot();

  private static final Pattern CONTROL_PLANE_FEATURE =
      Pattern.compile("io\\.edgewise\\.([a-z]\\w*)\\.");
  private static final Pattern UI_FEATURE = Pattern.compile("io\\.edgewise\\.ui\\.([a-z]\\w*)\\.");
  private static final Pattern AGENT_FEATURE =
      Pattern.compile("io\\.edgewise\\.agent\\.([a-z]\\w*)\\.");

  @Test
  void controlPlaneFeaturesAreFreeOfCycles() {
    assertAcyclic(
        SourceImports.scan(CONTROL_PLANE_FEATURE, mainSources("backend", "ui", "app")),
        "security",
        "audit",
        "planning",
        "ui");
  }

  @Test
  void uiFeaturesAreFreeOfCycles() {
    assertAcyclic(SourceImports.scan(UI_FEATURE, mainSources("ui")), "shell", "site", "fleet");
  }

  @Test
  void agentFeaturesAreFreeOfCycles() {
    assertAcyclic(SourceImports.scan(AGENT_FEATURE, mainSources("agent")), "link", "serving");
  }

  @Test
  void findsACycleThatOnlyAnInlinedConstantCloses() throws URISyntaxException {
    Path fixture = Path.of(getClass().getResource("/architecture/inlined-constant-cycle").toURI());
    SourceImports imports = SourceImports.scan(CONTROL_PLANE_FEATURE, List.of(fixture));

    assertThat(imports.cycles()).containsExactly(Set.of("alpha", "beta"));
    assertThat(imports.explain(Set.of("alpha", "beta")))
        .contains("beta -> alpha: BetaResource.java uses io.edgewise.alpha.Roles")
        .contains("alpha -> beta: AlphaService.java uses io.edgewise.beta.BetaLog");
  }

  @Test
  void aOneWayDependencyIsNoCycle() throws URISyntaxException {
    Path beta =
        Path.of(
            getClass()
                .getResource("/architecture/inlined-constant-cycle/io/edgewise/beta")
                .toURI());
    Path alphaService =
        Path.of(
            getClass()
                .getResource("/architecture/inlined-constant-cycle/io/edgewise/alpha")
                .toURI());
    // beta alone still names alpha, but alpha's files are not read: nothing leads back.
    assertThat(SourceImports.scan(CONTROL_PLANE_FEATURE, List.of(beta)).cycles()).isEmpty();
    assertThat(SourceImports.scan(CONTROL_PLANE_FEATURE, List.of(alphaService)).cycles()).isEmpty();
  }

  private static void assertAcyclic(SourceImports imports, String... expectedFeatures) {
    // a scan that read nothing would pass vacuously
    assertThat(imports.features()).contains(expectedFeatures);
    List<Set<String>> cycles = imports.cycles();
    StringBuilder why = new StringBuilder();
    cycles.forEach(c -> why.append(String.format("%ncycle %s:", c)).append(imports.explain(c)));
    assertThat(cycles).as("feature cycles in source imports:%s", why).isEmpty();
  }

  private static List<Path> mainSources(String... modules) {
    return Set.of(modules).stream().map(m -> REPO.resolve(m).resolve("src/main/java")).toList();
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("backend/src/main/java"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
