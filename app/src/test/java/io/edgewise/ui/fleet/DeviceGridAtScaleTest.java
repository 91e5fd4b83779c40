package io.edgewise.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import io.edgewise.fleet.Device;
import io.edgewise.testing.DeviceImportBody;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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
      t.importDevices(fleet, DeviceImportBody.atScale(k, PER_IMPORT, false))
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

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
