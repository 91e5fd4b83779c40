package io.edgewise.ui.fleet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.edgewise.fleet.Device;
import io.edgewise.ui.base.LabelValueList;
import io.edgewise.ui.base.TimeTexts;
import io.edgewise.ui.shell.Confirm;
import io.edgewise.ui.shell.Notices;
import java.util.Locale;

/**
 * One device: its fields, labels, status and when it was last seen; operators edit or delete it
 * from here. The owning view performs the change: {@code update} and {@code delete} throw the
 * service's refusal, which the dialogs show.
 */
class DeviceDetails extends Dialog {

  DeviceDetails(
      Device device,
      boolean operator,
      DeviceDialog.Save update,
      Runnable delete,
      Runnable changed) {
    setHeaderTitle("Device " + device.externalId);
    addClassName("ew-device-details");
    add(
        new LabelValueList()
            .add("Status", FleetText.status(device.status))
            .add("Last seen", TimeTexts.at(device.lastSeenAt, "Never"))
            .add("Compute", String.format(Locale.ROOT, "%s GFLOPS", device.computeGflops))
            .add(
                "Link",
                String.format(Locale.ROOT, "%s Mbps, %s ms RTT", device.linkMbps, device.linkRttMs))
            .add("Labels", device.labels.isEmpty() ? "None" : FleetText.labels(device.labels))
            .add("Added", TimeTexts.at(device.createdAt, "Never"))
            .add("Changed", TimeTexts.at(device.updatedAt, "Never")));
    Button close = new Button("Close", e -> close());
    if (operator) {
      Button edit =
          new Button(
              "Edit",
              e -> {
                close();
                new DeviceDialog(
                        "Edit device " + device.externalId,
                        DeviceDialog.Draft.of(device),
                        update,
                        changed)
                    .open();
              });
      Button remove = new Button("Delete", e -> confirmDelete(device, delete, changed));
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      getFooter().add(remove, edit);
    }
    getFooter().add(close);
    setWidth("min(36rem, 95vw)");
  }

  private void confirmDelete(Device device, Runnable delete, Runnable changed) {
    Confirm.destructive(
        "Delete device " + device.externalId + "?",
        "This cannot be undone.",
        "Delete",
        "Device " + device.externalId,
        () -> {
          delete.run();
          close();
          Notices.success("Device " + device.externalId + " deleted");
          changed.run();
        });
  }
}
