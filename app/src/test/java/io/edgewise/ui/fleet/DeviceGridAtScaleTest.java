package io.edgewise.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import io.edgewise.fleet.Device;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.StringJoiner;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The device grid over 100,000 devices in one fleet (ten REST imports of 10,000): the grid asks the
 * service for one page of its page size, never for all rows. Prints how long the count, the first
 * page and a deep page take. About 30 s here, so it runs in the normal suite.
 */
@QuarkusTest
class DeviceGridAtScaleTest extends KaribuViewTest {

  private static final Logger LOG = Logger.getLogger(DeviceGridAtScaleTest.class);
  private static final int IMPORTS = 10;
  private static final int PER_IMPORT = 10_000;

  @Test
  void theGridFetchesOnePageAtATimeFromOneHundredThousandDevices() {
    TestTenant t = TestTenant.create("gridscale");
    String fleet =
        UiFleetFixtures.fleet(t, UiFleetFixtures.site(t, "s-" + t.slug()), "f-" + t.slug());
    long started = System.nanoTime();
    for (int k = 0; k < IMPORTS; k++) {
      t.operator()
          .body(body(k))
          .post("/api/v1/fleets/" + fleet + "/devices/import")
          .then()
          .statusCode(200)
          .body("imported", equalTo(PER_IMPORT));
    }
    LOG.infof("imported %d devices in %d ms", IMPORTS * PER_IMPORT, ms(started));

    signIn(t.viewerEmail(), TestTenant.PASSWORD);
    open("fleets/" + fleet);
    DeviceGrid devices = ((FleetDetailView) currentView()).deviceGrid();
    Grid<Device> grid = devices.grid();

    started = System.nanoTime();
    assertThat(GridKt._size(grid)).isEqualTo(IMPORTS * PER_IMPORT);
    LOG.infof("grid count of 100,000 devices: %d ms", ms(started));
    started = System.nanoTime();
    List<Device> first = GridKt._fetch(grid, 0, grid.getPageSize());
    LOG.infof("grid first page (%d rows): %d ms", first.size(), ms(started));
    assertThat(first).hasSize(grid.getPageSize());
    assertThat(devices.lastPage())
        .get()
        .satisfies(
            page -> assertThat(page.size()).isEqualTo(grid.getPageSize()).isLessThanOrEqualTo(100));
    started = System.nanoTime();
    List<Device> deep = GridKt._fetch(grid, 50_000, grid.getPageSize());
    LOG.infof("grid page at row 50,000: %d ms", ms(started));
    assertThat(deep).hasSize(grid.getPageSize());
    devices.setLabels("rack=r7");
    started = System.nanoTime();
    assertThat(GridKt._size(grid)).isEqualTo(100);
    assertThat(GridKt._fetch(grid, 0, grid.getPageSize())).hasSize(50);
    LOG.infof("grid count and first page for label rack=r7 (100 matches): %d ms", ms(started));
  }

  /**
   * Device {@code i} of import {@code k}: rack r(i % 1000), so each rack label matches 100 of the
   * 100,000 devices.
   */
  private static String body(int k) {
    StringJoiner rows = new StringJoiner(",", "{\"devices\":[", "]}");
    for (int i = 0; i < PER_IMPORT; i++) {
      rows.add(
          "{\"externalId\":\"dev-"
              + k
              + "-"
              + i
              + "\",\"computeGflops\":4,\"linkMbps\":20,\"linkRttMs\":5,\"status\":\""
              + (i % 4 == 0 ? "ONLINE" : "OFFLINE")
              + "\",\"labels\":{\"rack\":\"r"
              + (i % 1000)
              + "\"}}");
    }
    return rows.toString();
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
