package io.edgewise.ui.fleet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.edgewise.testing.TestTenant;
import io.edgewise.ui.KaribuViewTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The CSV import dialog, browserless: chunks written on poll ticks, per-row errors, files refused
 * as a whole.
 */
@QuarkusTest
class CsvImportViewTest extends KaribuViewTest {

  @Test
  void importsTheGoodRowsAndListsEachBadRowWithItsLine() {
    TestTenant t = TestTenant.create("kcsv");
    String fleet =
        UiFleetFixtures.fleet(t, UiFleetFixtures.site(t, "s-" + t.slug()), "f-" + t.slug());
    DeviceImportDialog dialog = openImport(t, fleet);

    upload(dialog, UiFleetFixtures.csvWithTwoBadRows("cam"));
    assertThat(dialog.progress().isVisible()).isTrue();
    assertThat(dialog.progress().getValue()).isZero();
    pollUntilDone(dialog);

    assertThat(dialog.progress().getValue()).isEqualTo(1.0);
    assertThat(dialog.job().created()).isEqualTo(3);
    assertThat(dialog.job().rejected()).isEqualTo(2);
    assertThat(dialog.job().problems())
        .extracting(CsvImportJob.RowProblem::row, CsvImportJob.RowProblem::column)
        .containsExactly(tuple(3, "linkMbps"), tuple(5, "computeGflops"));
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DeviceImportDialog.IDLE_POLL_MS);
    assertThat(UiFleetFixtures.deviceCount(t, fleet)).isEqualTo(3);

    // the same file again: the three devices exist now, so without upsert exactly those rows are
    // refused
    upload(dialog, UiFleetFixtures.csvWithTwoBadRows("cam"));
    pollUntilDone(dialog);
    assertThat(dialog.job().created()).isZero();
    assertThat(dialog.job().rejected()).isEqualTo(5);
    assertThat(UiFleetFixtures.deviceCount(t, fleet)).isEqualTo(3);
  }

  @Test
  void aFileWithTheWrongHeaderIsRefusedAndNothingIsWritten() {
    TestTenant t = TestTenant.create("kcsvbad");
    String fleet =
        UiFleetFixtures.fleet(t, UiFleetFixtures.site(t, "s-" + t.slug()), "f-" + t.slug());
    DeviceImportDialog dialog = openImport(t, fleet);

    upload(dialog, "id,gflops\ncam-1,3\n");
    assertThat(dialog.job()).isNull();
    assertThat(dialog.progress().isVisible()).isFalse();
    assertThat(UiFleetFixtures.deviceCount(t, fleet)).isZero();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DeviceImportDialog.IDLE_POLL_MS);

    upload(dialog, "");
    assertThat(dialog.job()).isNull();
    assertThat(UiFleetFixtures.deviceCount(t, fleet)).isZero();
  }

  private DeviceImportDialog openImport(TestTenant t, String fleet) {
    signIn(t.operatorEmail(), TestTenant.PASSWORD);
    open("fleets/" + fleet);
    _click(_get(Button.class, spec -> spec.withText("Import CSV")));
    return _get(DeviceImportDialog.class);
  }

  private static void upload(DeviceImportDialog dialog, String csv) {
    UploadKt._upload(
        dialog.upload(), "devices.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  /** Fires the poll events the browser would send every 300 ms until the import is finished. */
  private static void pollUntilDone(DeviceImportDialog dialog) {
    for (int tick = 0; tick < 100 && !dialog.job().done(); tick++) {
      assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DeviceImportDialog.POLL_MS);
      ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
    assertThat(dialog.job().done()).isTrue();
  }

  @Test
  void closingTheDialogStopsPolling() {
    TestTenant t = TestTenant.create("kcsvclose");
    String fleet =
        UiFleetFixtures.fleet(t, UiFleetFixtures.site(t, "s-" + t.slug()), "f-" + t.slug());
    DeviceImportDialog dialog = openImport(t, fleet);
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DeviceImportDialog.IDLE_POLL_MS);
    dialog.close();
    MockVaadin.clientRoundtrip();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
  }
}
