package io.edgewise.agent.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationStoreTest {
  @TempDir Path dir;

  @Test
  void keepsTheRegistrationAcrossInstancesReadableByItsOwnerOnly() throws Exception {
    Registration saved = new Registration("machine-1", UUID.randomUUID(), "ew_secret", null);
    new RegistrationStore(dir.resolve("data")).save(saved);
    RegistrationStore reopened = new RegistrationStore(dir.resolve("data"));
    assertThat(reopened.load("machine-1")).contains(saved);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(reopened.file())))
        .isEqualTo("rw-------");
  }

  @Test
  void replacesAnEarlierCredential() throws Exception {
    RegistrationStore store = new RegistrationStore(dir);
    UUID node = UUID.randomUUID();
    store.save(new Registration("machine-1", node, "ew_old", null));
    store.save(new Registration("machine-1", node, "ew_new", null));
    assertThat(store.load("machine-1").orElseThrow().credential()).isEqualTo("ew_new");
    assertThat(Files.list(dir)).containsExactly(store.file());
  }

  @Test
  void ignoresAnotherMachinesRegistrationAndAMissingOrCorruptFile() throws Exception {
    RegistrationStore store = new RegistrationStore(dir);
    assertThat(store.load("machine-1")).isEmpty();
    store.save(new Registration("machine-2", UUID.randomUUID(), "ew_x", null));
    assertThat(store.load("machine-1")).isEmpty();
    Files.writeString(store.file(), "{not json");
    assertThat(store.load("machine-2")).isEmpty();
  }

  @Test
  void neverPrintsTheCredential() {
    assertThat(new Registration("m", UUID.randomUUID(), "ew_secret", null).toString())
        .doesNotContain("ew_secret");
  }
}
