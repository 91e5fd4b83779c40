package io.edgewise.agent.serving.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.agent.serving.DeviceTiming;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimingHeaderTest {

  @Test
  void readsEveryKeyInAnyOrderAndCase() {
    assertThat(TimingHeader.parse("Total=51.0,downlink=4.1 , UPLINK=30.2, device=12.5"))
        .contains(new DeviceTiming(12.5, 30.2, 4.1, 51.0));
  }

  @Test
  void keysAreOptionalAndUnknownOnesIgnored() {
    assertThat(TimingHeader.parse("uplink=7, rssi=-60, total=9"))
        .contains(new DeviceTiming(null, 7.0, null, 9.0));
  }

  @Test
  void malformedValuesAreIgnoredOneByOne() {
    // negative, exponent, NaN, too long a fraction, above an hour, empty: each ignored alone
    assertThat(TimingHeader.parse("device=-1, uplink=1e3, downlink=NaN, total=2.5"))
        .contains(new DeviceTiming(null, null, null, 2.5));
    assertThat(TimingHeader.parse("device=0.1234567, uplink=3600001, downlink=, total=3600000"))
        .contains(new DeviceTiming(null, null, null, 3_600_000.0));
  }

  @Test
  void theFirstOfARepeatedKeyCounts() {
    assertThat(TimingHeader.parse("device=1, device=2"))
        .contains(new DeviceTiming(1.0, null, null, null));
  }

  @Test
  void nothingValidIsNoReport() {
    assertThat(TimingHeader.parse(null)).isEqualTo(Optional.empty());
    assertThat(TimingHeader.parse("")).isEmpty();
    assertThat(TimingHeader.parse("device")).isEmpty();
    assertThat(TimingHeader.parse("device=fast, total=-3")).isEmpty();
    assertThat(TimingHeader.parse("device=1," + " ".repeat(300))).as("over 256 chars").isEmpty();
  }
}
