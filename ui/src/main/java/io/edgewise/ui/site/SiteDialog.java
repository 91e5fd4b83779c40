package io.edgewise.ui.site;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.DoubleRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.edgewise.site.Paradigm;
import io.edgewise.site.Site;
import io.edgewise.site.SiteService.SiteData;
import io.edgewise.ui.shell.DialogForms;
import java.util.function.Consumer;

/**
 * Creates or edits a site, with the REST API's rules checked next to each field, then hands the
 * data to the owning view's {@link Save}. For an edit the view sends the version the dialog was
 * opened with, so a concurrent change is refused rather than overwritten.
 */
class SiteDialog extends Dialog {

  /** The form's state; Binder needs something mutable. */
  static final class Draft {
    String name;
    Paradigm paradigm;
    String region;
    Double latitude;
    Double longitude;
    Double uplinkMbps;
    Double rttMs;
  }

  /** Creates or updates the site; throws the service's refusal, which the dialog shows. */
  @FunctionalInterface
  interface Save {
    Site save(SiteData data);
  }

  final TextField name = new TextField("Name");
  final Select<Paradigm> paradigm = new Select<>();
  final TextField region = new TextField("Region");
  final NumberField latitude = new NumberField("Latitude");
  final NumberField longitude = new NumberField("Longitude");
  final NumberField uplinkMbps = new NumberField("Uplink (Mbps)");
  final NumberField rttMs = new NumberField("RTT to cloud (ms)");
  private final Binder<Draft> binder = new Binder<>();

  SiteDialog(Site existing, Save save, Consumer<Site> saved) {
    setHeaderTitle(existing == null ? "New site" : "Edit site " + existing.name);
    paradigm.setLabel("Paradigm");
    paradigm.setItems(Paradigm.values());
    paradigm.setItemLabelGenerator(Labels::paradigm);
    bind();
    if (existing != null) {
      binder.readBean(draftOf(existing));
    }
    FormLayout form =
        new FormLayout(name, paradigm, region, uplinkMbps, rttMs, latitude, longitude);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    add(form);
    Button ok =
        new Button(existing == null ? "Create site" : "Save", click -> save(save, existing, saved));
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), ok);
  }

  private void bind() {
    binder
        .forField(name)
        .asRequired("Enter a name")
        .withValidator(
            new StringLengthValidator("At most " + Site.NAME_MAX + " characters", 1, Site.NAME_MAX))
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder
        .forField(paradigm)
        .asRequired("Choose a paradigm")
        .bind(d -> d.paradigm, (d, v) -> d.paradigm = v);
    binder
        .forField(region)
        .withValidator(
            new StringLengthValidator(
                "At most " + Site.REGION_MAX + " characters", 0, Site.REGION_MAX))
        .bind(d -> d.region, (d, v) -> d.region = v);
    binder
        .forField(latitude)
        .withValidator(new DoubleRangeValidator("Between -90 and 90", -90d, 90d))
        .bind(d -> d.latitude, (d, v) -> d.latitude = v);
    binder
        .forField(longitude)
        .withValidator(new DoubleRangeValidator("Between -180 and 180", -180d, 180d))
        .bind(d -> d.longitude, (d, v) -> d.longitude = v);
    binder
        .forField(uplinkMbps)
        .asRequired("Enter the uplink bandwidth")
        .withValidator(v -> v > 0, "Must be more than 0")
        .bind(d -> d.uplinkMbps, (d, v) -> d.uplinkMbps = v);
    binder
        .forField(rttMs)
        .asRequired("Enter the round-trip time")
        .withValidator(v -> v >= 0, "Must be 0 or more")
        .bind(d -> d.rttMs, (d, v) -> d.rttMs = v);
  }

  private void save(Save save, Site existing, Consumer<Site> saved) {
    Draft d = new Draft();
    String what = existing == null ? "The site" : "Site “" + existing.name + "”";
    DialogForms.save(
        binder,
        d,
        what,
        () -> {
          String region = d.region == null || d.region.isBlank() ? null : d.region.trim();
          Site site =
              save.save(
                  new SiteData(
                      d.name, d.paradigm, region, d.latitude, d.longitude, d.uplinkMbps, d.rttMs));
          close();
          saved.accept(site);
        });
  }

  private static Draft draftOf(Site s) {
    Draft d = new Draft();
    d.name = s.name;
    d.paradigm = s.paradigm;
    d.region = s.region;
    d.latitude = s.latitude;
    d.longitude = s.longitude;
    d.uplinkMbps = s.uplinkMbps;
    d.rttMs = s.rttMs;
    return d;
  }
}
