package io.edgewise.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelFamily;
import io.edgewise.registry.ModelOverview;
import io.edgewise.registry.ModelService.ModelData;
import io.edgewise.ui.fleet.FleetText;
import io.edgewise.ui.shell.DialogForms;
import java.util.function.Consumer;

/** Creates a model with the REST API's rules: name, task and family required; domain optional. */
class ModelDialog extends Dialog {

  /** The form's state. */
  static final class Draft {
    String name;
    String task;
    ModelFamily family;
    SmartDomain domain;
    String description;
  }

  /** Creates the model; throws the service's refusal, which the dialog shows. */
  @FunctionalInterface
  interface Create {
    ModelOverview create(ModelData model);
  }

  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  ModelDialog(Create create, Consumer<ModelOverview> created) {
    setHeaderTitle("New model");
    TextField name = new TextField("Name");
    TextField task = new TextField("Task");
    task.setPlaceholder("object-detection");
    ComboBox<ModelFamily> family = new ComboBox<>("Family", ModelFamily.values());
    ComboBox<SmartDomain> domain = new ComboBox<>("Smart domain", SmartDomain.values());
    domain.setItemLabelGenerator(FleetText::domain);
    domain.setClearButtonVisible(true);
    domain.setHelperText("Optional");
    TextArea description = new TextArea("Description");
    binder
        .forField(name)
        .asRequired("Give the model a name")
        .withValidator(
            v -> v.trim().length() <= Model.NAME_MAX, "At most " + Model.NAME_MAX + " characters")
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder
        .forField(task)
        .asRequired("Say what the model does")
        .withValidator(
            v -> v.trim().length() <= Model.TASK_MAX, "At most " + Model.TASK_MAX + " characters")
        .bind(d -> d.task, (d, v) -> d.task = v);
    binder
        .forField(family)
        .asRequired("Choose a family")
        .bind(d -> d.family, (d, v) -> d.family = v);
    binder.forField(domain).bind(d -> d.domain, (d, v) -> d.domain = v);
    binder
        .forField(description)
        .withValidator(
            v -> v == null || v.length() <= Model.DESCRIPTION_MAX,
            "At most " + Model.DESCRIPTION_MAX + " characters")
        .bind(d -> d.description, (d, v) -> d.description = v == null || v.isBlank() ? null : v);
    FormLayout form = new FormLayout(name, task, family, domain, description);
    form.setColspan(description, 2);
    add(form);
    Button ok =
        new Button(
            "Create",
            e ->
                DialogForms.save(
                    binder,
                    draft,
                    "This",
                    () -> {
                      ModelOverview model =
                          create.create(
                              new ModelData(
                                  draft.name,
                                  draft.task,
                                  draft.family,
                                  draft.domain,
                                  draft.description));
                      close();
                      created.accept(model);
                    }));
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), ok);
    setWidth("min(40rem, 95vw)");
  }
}
