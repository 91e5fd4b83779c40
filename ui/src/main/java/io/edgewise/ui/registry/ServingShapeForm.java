package io.edgewise.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.registry.ModelVersion;
import io.edgewise.registry.ServingShapeRules;
import io.edgewise.registry.ServingShapeService;
import io.edgewise.registry.onnx.TensorSpec;
import io.edgewise.ui.shell.Notices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The shape a version is served with: what is still to declare (symbolic dimensions marked with
 * {@code ?}), and for operators one field per graph input, e.g. {@code 1, 3, 640, 640}. Refusals
 * mark the field at fault and say why.
 */
final class ServingShapeForm extends Div {

  private final Map<String, TextField> fields = new LinkedHashMap<>();

  ServingShapeForm(
      ServingShapeService shapes,
      ModelVersion v,
      boolean operator,
      Consumer<ModelVersion> declared) {
    addClassName("ew-serving-shape");
    ServingShapeRules.advice(v)
        .ifPresent(
            advice -> {
              Paragraph warning =
                  new Paragraph(
                      "Its costs cannot be known, so it is neither profiled nor planned, until you "
                          + advice
                          + ".");
              warning.addClassName("ew-shape-advice");
              add(warning);
            });
    if (!operator) {
      return;
    }
    for (TensorSpec input : v.inputs == null ? List.<TensorSpec>of() : v.inputs) {
      if (input.shape() == null) {
        continue;
      }
      TextField field = new TextField(input.name() + " " + RegistryText.dims(input.shape()));
      field.setPlaceholder(RegistryText.example(input.shape()));
      List<Long> current = v.servingShapes == null ? null : v.servingShapes.get(input.name());
      field.setValue(
          current == null ? "" : String.join(", ", current.stream().map(String::valueOf).toList()));
      field.setId("serving-shape-" + input.name());
      fields.put(input.name(), field);
      add(field);
    }
    Button save = new Button("Declare serving shape", e -> declare(shapes, v).ifPresent(declared));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("declare-serving-shape");
    add(save);
  }

  private Optional<ModelVersion> declare(ServingShapeService shapes, ModelVersion v) {
    fields.values().forEach(f -> f.setInvalid(false));
    Map<String, List<Long>> shape = new LinkedHashMap<>();
    for (Map.Entry<String, TextField> entry : fields.entrySet()) {
      String text = entry.getValue().getValue().trim();
      if (text.isEmpty()) {
        continue;
      }
      List<Long> dims = new ArrayList<>();
      for (String part : text.split("[,x×\\s]+")) {
        if (!part.matches("\\d{1,9}")) {
          mark(entry.getKey(), "give whole numbers separated by commas, e.g. 1, 3, 640, 640");
          return Optional.empty();
        }
        dims.add(Long.parseLong(part));
      }
      shape.put(entry.getKey(), dims);
    }
    try {
      ModelVersion updated = shapes.declare(v.modelId, v.id, ExpectedVersion.of(v.version), shape);
      Notices.success("Serving shape of " + v.label + " declared; it is being profiled again.");
      return Optional.of(updated);
    } catch (DomainException e) {
      for (FieldError error : e.errors() == null ? List.<FieldError>of() : e.errors()) {
        String input =
            error.field().replaceFirst("^servingShape\\.", "").replaceFirst("\\[.*$", "");
        mark(input, error.message());
      }
      Notices.failed("Serving shape", e);
      return Optional.empty();
    }
  }

  private void mark(String input, String message) {
    TextField field = fields.get(input);
    if (field != null) {
      field.setInvalid(true);
      field.setErrorMessage(message);
    }
  }
}
