package io.edgewise.ui.deployment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.edgewise.deployment.Deployment;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.deployment.Objective;
import io.edgewise.deployment.Strategy;
import io.edgewise.fleet.Fleet;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelVersion;
import io.edgewise.site.Site;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The create and edit dialog: the fields and limits of the REST API's deployment request, checked
 * next to each field before anything is sent. Saving is the caller's: {@code onSave} answers
 * whether it worked.
 */
class DeploymentForm extends Dialog {

  private static final int MAX_SITES = 64;

  final TextField name = new TextField("Name");
  final ComboBox<Model> model = new ComboBox<>("Model");
  final ComboBox<ModelVersion> version = new ComboBox<>("Version");
  final ComboBox<Fleet> fleet = new ComboBox<>("Fleet");
  final MultiSelectComboBox<Site> sites = new MultiSelectComboBox<>("Target sites");
  final NumberField latencySlo = new NumberField("Latency SLO, p95 (ms)");
  final NumberField minAccuracy = new NumberField("Accuracy floor (0–1)");
  final Select<Objective> objective = new Select<>();
  final Select<Strategy> strategy = new Select<>();
  final IntegerField replicas = new IntegerField("Replicas");
  final NumberField requestRate = new NumberField("Requests per device per second");
  final Select<DeploymentStatus> status = new Select<>();
  private final Binder<DeploymentDraft> binder = new Binder<>();

  DeploymentForm(
      String title,
      DeploymentDraft draft,
      DeploymentChoices choices,
      boolean editing,
      Predicate<DeploymentDraft> onSave) {
    setHeaderTitle(title);
    addClassName("ew-deployment-form");
    choose(choices);
    FormLayout form =
        new FormLayout(
            name,
            model,
            version,
            fleet,
            sites,
            latencySlo,
            minAccuracy,
            objective,
            strategy,
            replicas,
            requestRate);
    if (editing) {
      form.add(status);
    }
    form.setColspan(sites, 2);
    form.addClassName("ew-deployment-fields");
    add(form);
    bind();
    binder.readBean(draft);
    Button save =
        new Button(
            "Save",
            click -> {
              if (binder.writeBeanIfValid(draft) && onSave.test(draft)) {
                close();
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private void choose(DeploymentChoices choices) {
    model.setItems(choices.models());
    model.setItemLabelGenerator(m -> m.name);
    version.setItemLabelGenerator(v -> v.label);
    version.setHelperText("Choose a model first");
    model.addValueChangeListener(
        e -> {
          version.setItems(
              e.getValue() == null ? List.of() : choices.versionsOf().apply(e.getValue().id));
          version.setHelperText(null);
          if (e.isFromClient()) {
            version.clear();
          }
        });
    fleet.setItems(choices.fleets());
    fleet.setItemLabelGenerator(f -> f.name + " · " + DeploymentLabels.domain(f.domain));
    sites.setItems(choices.sites());
    sites.setItemLabelGenerator(s -> s.name);
    sites.setHelperText("None chosen: the fleet's home site");
    objective.setLabel("Objective");
    objective.setItems(Objective.values());
    objective.setItemLabelGenerator(DeploymentLabels::objective);
    objective.addValueChangeListener(
        e ->
            objective.setHelperText(
                e.getValue() == null ? null : DeploymentLabels.explain(e.getValue())));
    strategy.setLabel("Strategy");
    strategy.setItems(Strategy.values());
    strategy.setItemLabelGenerator(DeploymentLabels::strategy);
    strategy.addValueChangeListener(
        e ->
            strategy.setHelperText(
                e.getValue() == null ? null : DeploymentLabels.explain(e.getValue())));
    status.setLabel("Status");
    status.setItems(DeploymentStatus.values());
    status.setItemLabelGenerator(DeploymentLabels::status);
  }

  private void bind() {
    binder
        .forField(name)
        .asRequired("Give the deployment a name")
        .withValidator(v -> !v.isBlank(), "Give the deployment a name")
        .withValidator(
            v -> v.trim().length() <= Deployment.NAME_MAX,
            "At most " + Deployment.NAME_MAX + " characters")
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder.forField(model).asRequired("Choose a model").bind(d -> d.model, (d, v) -> d.model = v);
    binder
        .forField(version)
        .asRequired("Choose a version of the model")
        .bind(d -> d.version, (d, v) -> d.version = v);
    binder
        .forField(fleet)
        .asRequired("Choose the fleet it serves")
        .bind(d -> d.fleet, (d, v) -> d.fleet = v);
    binder
        .forField(sites)
        .withValidator(v -> v.size() <= MAX_SITES, "At most " + MAX_SITES + " sites")
        .bind(d -> d.sites, (d, v) -> d.sites = new LinkedHashSet<>(v));
    binder
        .forField(latencySlo)
        .asRequired("Set the latency SLO in milliseconds")
        .withValidator(v -> v > 0, "Must be more than 0 ms")
        .bind(d -> d.latencySloMs, (d, v) -> d.latencySloMs = v);
    binder
        .forField(minAccuracy)
        .withValidator(v -> v == null || (v >= 0 && v <= 1), "Between 0 and 1, e.g. 0.75")
        .bind(d -> d.minAccuracy, (d, v) -> d.minAccuracy = v);
    binder
        .forField(objective)
        .asRequired("Choose an objective")
        .bind(d -> d.objective, (d, v) -> d.objective = v);
    binder
        .forField(strategy)
        .asRequired("Choose a strategy")
        .bind(d -> d.strategy, (d, v) -> d.strategy = v);
    binder
        .forField(replicas)
        .asRequired("Set the number of replicas")
        .withValidator(
            v -> v >= 1 && v <= Deployment.MAX_REPLICAS, "Between 1 and " + Deployment.MAX_REPLICAS)
        .bind(d -> d.replicas, (d, v) -> d.replicas = v);
    binder
        .forField(requestRate)
        .asRequired("Set the request rate")
        .withValidator(
            v -> v > 0 && v <= Deployment.MAX_REQUESTS_PER_DEVICE_PER_S,
            "More than 0 and at most " + (int) Deployment.MAX_REQUESTS_PER_DEVICE_PER_S)
        .bind(d -> d.requestsPerDevicePerS, (d, v) -> d.requestsPerDevicePerS = v);
    binder
        .forField(status)
        .asRequired("Choose a status")
        .bind(d -> d.status, (d, v) -> d.status = v);
  }
}
