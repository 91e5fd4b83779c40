package io.edgewise.ui.fleet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.edgewise.fleet.Application;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService.FleetData;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.site.Site;
import io.edgewise.ui.shell.DialogForms;
import java.util.List;
import java.util.Objects;

/**
 * Creates or edits a fleet with the same rules as the REST API's fleet request: name, domain, an
 * application of that domain, device class and home site are required, lengths as in {@link Fleet}.
 */
class FleetDialog extends Dialog {

  /** The form's state; a fleet's fields before they become {@link FleetData}. */
  static final class Draft {
    String name;
    SmartDomain domain;
    Application application;
    String deviceClass;
    Site site;
    String description;

    FleetData toData() {
      return new FleetData(name, domain, application, deviceClass, site.id, description);
    }
  }

  /** Saves the draft; throws the service's problem when it refuses. */
  @FunctionalInterface
  interface Save {
    void save(FleetData data);
  }

  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft;

  FleetDialog(String title, Draft draft, List<Site> sites, Save save, Runnable saved) {
    this.draft = draft;
    setHeaderTitle(title);
    TextField name = new TextField("Name");
    ComboBox<SmartDomain> domain = new ComboBox<>("Smart domain", SmartDomain.values());
    domain.setItemLabelGenerator(FleetText::domain);
    ComboBox<Application> application = new ComboBox<>("Application");
    application.setItemLabelGenerator(Application::title);
    TextField deviceClass = new TextField("Device class");
    deviceClass.setPlaceholder("camera, vehicle, smart-meter, plc, phone…");
    ComboBox<Site> site = new ComboBox<>("Home site", sites);
    site.setItemLabelGenerator(s -> s.name);
    TextArea description = new TextArea("Description");
    domain.addValueChangeListener(
        e -> {
          application.setItems(e.getValue() == null ? List.of() : Application.of(e.getValue()));
          if (e.getValue() != null
              && application.getValue() != null
              && !application.getValue().belongsTo(e.getValue())) {
            application.clear();
          }
        });

    binder
        .forField(name)
        .asRequired("Give the fleet a name")
        .withValidator(
            v -> v.trim().length() <= Fleet.NAME_MAX, "At most " + Fleet.NAME_MAX + " characters")
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder
        .forField(domain)
        .asRequired("Choose a smart domain")
        .bind(d -> d.domain, (d, v) -> d.domain = v);
    binder
        .forField(application)
        .asRequired("Choose an application of the domain")
        .withValidator(
            a -> domain.getValue() == null || a.belongsTo(domain.getValue()),
            "Not an application of this domain")
        .bind(d -> d.application, (d, v) -> d.application = v);
    binder
        .forField(deviceClass)
        .asRequired("Name the class of devices")
        .withValidator(
            v -> v.trim().length() <= Fleet.DEVICE_CLASS_MAX,
            "At most " + Fleet.DEVICE_CLASS_MAX + " characters")
        .bind(d -> d.deviceClass, (d, v) -> d.deviceClass = v);
    binder
        .forField(site)
        .asRequired(
            sites.isEmpty()
                ? "The tenant has no sites yet; an admin adds them under Sites & nodes"
                : "Choose the home site")
        .bind(d -> d.site, (d, v) -> d.site = v);
    binder
        .forField(description)
        .withValidator(
            v -> v == null || v.length() <= Fleet.DESCRIPTION_MAX,
            "At most " + Fleet.DESCRIPTION_MAX + " characters")
        .bind(d -> d.description, (d, v) -> d.description = v == null || v.isBlank() ? null : v);
    binder.readBean(draft);

    FormLayout form = new FormLayout(name, deviceClass, domain, application, site, description);
    form.setColspan(description, 2);
    add(form);
    Button cancel = new Button("Cancel", e -> close());
    Button ok = new Button("Save", e -> submit(save, saved));
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(cancel, ok);
    setWidth("min(44rem, 95vw)");
  }

  private void submit(Save save, Runnable saved) {
    if (DialogForms.save(binder, draft, "This", () -> save.save(draft.toData()))) {
      close();
      saved.run();
    }
  }

  static Draft draftOf(Fleet fleet, List<Site> sites) {
    Draft d = new Draft();
    d.name = fleet.name;
    d.domain = fleet.domain;
    d.application = fleet.application;
    d.deviceClass = fleet.deviceClass;
    d.site =
        sites.stream().filter(s -> Objects.equals(s.id, fleet.siteId)).findFirst().orElse(null);
    d.description = fleet.description;
    return d;
  }

  static void open(String title, Draft draft, List<Site> sites, Save save, Runnable saved) {
    new FleetDialog(title, draft, sites, save, saved).open();
  }
}
