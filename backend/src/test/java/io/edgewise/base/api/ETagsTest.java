package io.edgewise.base.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.base.error.StaleVersion;
import org.junit.jupiter.api.Test;

/** If-Match values as services see them once the API has read them. */
class ETagsTest {

  @Test
  void acceptsTheCurrentVersionStrongWeakOrInAList() {
    assertThatCode(() -> ETags.expected("\"3\"").check(3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.expected("W/\"3\"").check(3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.expected("\"1\", W/\"3\"").check(3)).doesNotThrowAnyException();
  }

  @Test
  void acceptsAnyVersionWithoutAnExpectation() {
    for (String any : new String[] {null, "", "  ", "*", " * "}) {
      assertThatCode(() -> ETags.expected(any).check(42)).doesNotThrowAnyException();
    }
  }

  @Test
  void refusesAnyOtherVersionSayingWhatWasStated() {
    assertThatThrownBy(() -> ETags.expected("\"2\"").check(3))
        .isInstanceOf(StaleVersion.class)
        .hasMessage(
            "If-Match \"2\" does not match the current version \"3\"; fetch the resource again");
    // only the canonical form names a version, as before
    assertThatThrownBy(() -> ETags.expected("\"03\"").check(3)).isInstanceOf(StaleVersion.class);
    assertThatThrownBy(() -> ETags.expected("3").check(3)).isInstanceOf(StaleVersion.class);
    assertThatThrownBy(() -> ETags.expected("\"abc\"").check(3)).isInstanceOf(StaleVersion.class);
  }
}
