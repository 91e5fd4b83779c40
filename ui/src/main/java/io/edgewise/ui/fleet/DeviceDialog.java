package io.edgewise.ui.fleet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import io.edgewise.fleet.Device;
import io.edgewise.fleet.DeviceData;
import io.edgewise.fleet.DeviceStatus;
import io.edgewise.ui.shell.DialogForms;

/**
 * Adds or edits a device with the same rules as the REST API's device request (see {@code
 * DeviceRequest}).
 */
class DeviceDialog extends Dialog {

  /** The form's state before it becomes {@link DeviceData}. */
  static final class Draft {
    String externalId;
    Double computeGflops;
    Double linkMbps;
    Double linkRttMs;
    DeviceStatus status = DeviceStatus.UNKNOWN;
    String labels = "";

    DeviceData toData() {
      return new DeviceData(
          externalId.trim(), computeGflops, linkMbps, linkRttMs, LabelText.parse(labels), status);
    }

    static Draft of(Device device) {
      Draft d = new Draft();
      d.externalId = device.externalId;
      d.computeGflops = device.computeGflops;
      d.linkMbps = device.linkMbps;
      d.linkRttMs = device.linkRttMs;
      d.status = device.status;
      d.labels = FleetText.labels(device.labels);
      return d;
    }
  }

  /** Saves the device; throws the service's problem when it refuses. */
  @FunctionalInterface
  interface Save {
    void save(DeviceData data);
  }

  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft;

  DeviceDialog(String title, Draft draft, Save save, Runnable saved) {
    this.draft = draft;
    setHeaderTitle(title);
    TextField externalId = new TextField("External id");
    NumberField gflops = new NumberField("Compute (GFLOPS)");
    NumberField mbps = new NumberField("Link bandwidth (Mbps)");
    NumberField rtt = new NumberField("Link RTT (ms)");
    ComboBox<DeviceStatus> status = new ComboBox<>("Status", DeviceStatus.values());
    status.setItemLabelGenerator(FleetText::status);
    TextArea labels = new TextArea("Labels");
    labels.setPlaceholder("zone=north; floor=2");
    labels.setHelperText("key=value pairs separated by ';'");

    binder
        .forField(externalId)
        .asRequired("Give the device its external id")
        .withValidator(
            v -> v.trim().length() <= Device.EXTERNAL_ID_MAX,
            "At most " + Device.EXTERNAL_ID_MAX + " characters")
        .withValidator(
            v -> v.trim().matches(Device.EXTERNAL_ID_PATTERN), "Printable ASCII without spaces")
        .bind(d -> d.externalId, (d, v) -> d.externalId = v);
    binder
        .forField(gflops)
        .asRequired("Required")
        .withValidator(
            v -> v >= 0 && v <= Double.parseDouble(Device.GFLOPS_MAX),
            "Between 0 and " + Device.GFLOPS_MAX)
        .bind(d -> d.computeGflops, (d, v) -> d.computeGflops = v);
    binder
        .forField(mbps)
        .asRequired("Required")
        .withValidator(
            v -> v > 0 && v <= Double.parseDouble(Device.LINK_MBPS_MAX),
            "More than 0, at most " + Device.LINK_MBPS_MAX)
        .bind(d -> d.linkMbps, (d, v) -> d.linkMbps = v);
    binder
        .forField(rtt)
        .asRequired("Required")
        .withValidator(
            v -> v >= 0 && v <= Double.parseDouble(Device.LINK_RTT_MS_MAX),
            "Between 0 and " + Device.LINK_RTT_MS_MAX)
        .bind(d -> d.linkRttMs, (d, v) -> d.linkRttMs = v);
    binder
        .forField(status)
        .asRequired("Choose a status")
        .bind(d -> d.status, (d, v) -> d.status = v);
    binder
        .forField(labels)
        .withValidator(
            (v, context) -> {
              String problem = LabelText.problem(v);
              return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
            })
        .bind(d -> d.labels, (d, v) -> d.labels = v == null ? "" : v);
    binder.readBean(draft);

    FormLayout form = new FormLayout(externalId, status, gflops, mbps, rtt, labels);
    form.setColspan(labels, 2);
    add(form);
    Button ok = new Button("Save", e -> submit(save, saved));
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), ok);
    setWidth("min(40rem, 95vw)");
  }

  private void submit(Save save, Runnable saved) {
    if (DialogForms.save(binder, draft, "This", () -> save.save(draft.toData()))) {
      close();
      saved.run();
    }
  }
}
