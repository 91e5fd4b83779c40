package io.edgewise.planning.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgewise.base.error.InvalidInput;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComparisonWindowTest {

  @Test
  void readsMinutesHoursAndIsoDurationsAndDefaultsWhenAbsent() {
    assertThat(ComparisonWindow.parse("15m", null)).isEqualTo(Duration.ofMinutes(15));
    assertThat(ComparisonWindow.parse(" 2H ", null)).isEqualTo(Duration.ofHours(2));
    assertThat(ComparisonWindow.parse("PT90M", null)).isEqualTo(Duration.ofMinutes(90));
    assertThat(ComparisonWindow.parse(null, Duration.ofMinutes(15)))
        .isEqualTo(Duration.ofMinutes(15));
    assertThat(ComparisonWindow.parse("", Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void refusesWhatIsNotAWindowOrOutOfRange() {
    for (String bad : new String[] {"abc", "15", "-5m", "0m", "PT30S", "25h", "P2D"}) {
      assertThatThrownBy(() -> ComparisonWindow.parse(bad, null))
          .as(bad)
          .isInstanceOf(InvalidInput.class);
    }
  }
}
