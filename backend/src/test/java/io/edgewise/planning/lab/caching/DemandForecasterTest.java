package io.edgewise.planning.lab.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemandForecasterTest {

  private static final double HOUR = 3_600;

  /**
   * Feeds {@code perHour} evenly spaced requests in each of the hours [from, to) of days [0, days).
   */
  private static void feedDaily(
      DemandForecaster forecaster, String item, int days, int from, int to, int perHour) {
    for (int d = 0; d < days; d++) {
      for (int h = from; h < to; h++) {
        for (int k = 0; k < perHour; k++) {
          forecaster.observe(item, (d * 24 + h) * HOUR + (k + 0.5) * HOUR / perHour);
        }
      }
    }
  }

  @Test
  void learnsADailySeasonAndForecastsThePeakAndTheQuietHours() {
    // 12 requests an hour from 08:00 to 12:00, none otherwise, for three days: on day four the
    // forecast is
    // 12 an hour at 09:00 and nothing at 20:00.
    DemandForecaster forecaster = DemandForecaster.daily();
    feedDaily(forecaster, "cam", 3, 8, 12, 12);
    double day4 = 3 * 24 * HOUR;
    assertThat(forecaster.forecastRate("cam", day4, day4 + 9 * HOUR) * HOUR)
        .isCloseTo(12, within(0.5));
    assertThat(forecaster.forecastRate("cam", day4, day4 + 20 * HOUR) * HOUR)
        .isCloseTo(0, within(0.5));
  }

  @Test
  void beforeAFullSeasonForecastsTheRunningMeanOfItsBuckets() {
    // Two closed hours with 4 and 2 requests: the mean is 3 an hour.
    DemandForecaster forecaster = DemandForecaster.daily();
    feedDaily(forecaster, "m", 1, 0, 1, 4);
    feedDaily(forecaster, "m", 1, 1, 2, 2);
    assertThat(forecaster.forecastRate("m", 2 * HOUR) * HOUR).isCloseTo(3, within(1e-9));
  }

  @Test
  void anItemNeverSeenForecastsNothing() {
    assertThat(DemandForecaster.daily().forecastRate("unknown", 1_000)).isZero();
  }

  @Test
  void anItemThatFallsSilentIsForecastToFade() {
    DemandForecaster forecaster = DemandForecaster.daily();
    feedDaily(forecaster, "old", 2, 0, 24, 6);
    double busy = forecaster.forecastRate("old", 2 * 24 * HOUR);
    assertThat(forecaster.forecastRate("old", 4 * 24 * HOUR)).isLessThan(busy / 4);
  }

  @Test
  void rejectsTimeGoingBackwardsAndBadParameters() {
    DemandForecaster forecaster = DemandForecaster.daily();
    forecaster.observe("m", 10 * HOUR);
    assertThatThrownBy(() -> forecaster.observe("m", 2 * HOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backwards");
    assertThatThrownBy(() -> forecaster.forecastRate("m", 11 * HOUR, 10 * HOUR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DemandForecaster(0, 24, 0.2, 0.3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DemandForecaster(HOUR, 24, 0, 0.3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
