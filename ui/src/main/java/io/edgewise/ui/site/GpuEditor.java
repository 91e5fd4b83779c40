package io.edgewise.ui.site;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.edgewise.node.Gpu;
import io.edgewise.node.GpuSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The GPUs of a node as editable rows (vendor, model, memory, peak TFLOPS), with the API's rules
 * per field.
 */
class GpuEditor extends VerticalLayout {

  /** One GPU row; an existing GPU keeps its device index, so its live state survives the edit. */
  static final class GpuRow extends HorizontalLayout {
    static final class Draft {
      String vendor;
      String model;
      Integer memoryMib;
      Double peakTflops;
    }

    final int index;
    final String computeCapability;
    final TextField vendor = new TextField("Vendor");
    final TextField model = new TextField("Model");
    final IntegerField memoryMib = new IntegerField("Memory (MiB)");
    final NumberField peakTflops = new NumberField("Peak TFLOPS");
    final Binder<Draft> binder = new Binder<>();

    GpuRow(int index, Gpu existing, Runnable remove) {
      this.index = index;
      this.computeCapability = existing == null ? null : existing.computeCapability;
      binder
          .forField(vendor)
          .asRequired("Enter the vendor")
          .withValidator(
              new StringLengthValidator(
                  "At most " + Gpu.VENDOR_MAX + " characters", 1, Gpu.VENDOR_MAX))
          .bind(d -> d.vendor, (d, v) -> d.vendor = v);
      binder
          .forField(model)
          .asRequired("Enter the model")
          .withValidator(
              new StringLengthValidator(
                  "At most " + Gpu.MODEL_MAX + " characters", 1, Gpu.MODEL_MAX))
          .bind(d -> d.model, (d, v) -> d.model = v);
      binder
          .forField(memoryMib)
          .asRequired("Enter the memory")
          .withValidator(v -> v > 0, "Must be more than 0")
          .bind(d -> d.memoryMib, (d, v) -> d.memoryMib = v);
      binder
          .forField(peakTflops)
          .asRequired("Enter the peak TFLOPS")
          .withValidator(v -> v > 0, "Must be more than 0")
          .bind(d -> d.peakTflops, (d, v) -> d.peakTflops = v);
      Draft d = new Draft();
      d.vendor = existing == null ? "NVIDIA" : existing.vendor;
      if (existing != null) {
        d.model = existing.model;
        d.memoryMib = (int) Math.min(Integer.MAX_VALUE, existing.memoryMib);
        d.peakTflops = existing.peakTflops;
      }
      binder.readBean(d);
      Button delete = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
      delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      delete.setAriaLabel("Remove GPU " + index);
      setAlignItems(Alignment.BASELINE);
      add(vendor, model, memoryMib, peakTflops, delete);
    }

    Optional<GpuSpec> spec() {
      Draft d = new Draft();
      if (!binder.writeBeanIfValid(d)) {
        return Optional.empty();
      }
      return Optional.of(
          new GpuSpec(
              index,
              d.vendor.trim(),
              d.model.trim(),
              d.memoryMib,
              d.peakTflops,
              computeCapability));
    }
  }

  private final List<GpuRow> rows = new ArrayList<>();
  private final VerticalLayout list = new VerticalLayout();

  GpuEditor(List<Gpu> existing) {
    setPadding(false);
    list.setPadding(false);
    list.setSpacing(false);
    existing.forEach(g -> addRow(g.deviceIndex, g));
    Button add =
        new Button(
            "Add GPU",
            VaadinIcon.PLUS.create(),
            click -> addRow(rows.stream().mapToInt(r -> r.index + 1).max().orElse(0), null));
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add(new Paragraph("GPUs"), list, add);
  }

  private void addRow(int index, Gpu existing) {
    GpuRow[] row = new GpuRow[1];
    row[0] =
        new GpuRow(
            index,
            existing,
            () -> {
              rows.remove(row[0]);
              list.remove(row[0]);
            });
    rows.add(row[0]);
    list.add(row[0]);
  }

  List<GpuRow> rows() {
    return rows;
  }

  /** The GPUs, or empty when a row is invalid (its fields then show why). */
  Optional<List<GpuSpec>> specs() {
    List<GpuSpec> specs = new ArrayList<>();
    boolean valid = true;
    for (GpuRow row : rows) {
      Optional<GpuSpec> spec = row.spec();
      valid &= spec.isPresent();
      spec.ifPresent(specs::add);
    }
    return valid ? Optional.of(specs) : Optional.empty();
  }
}
