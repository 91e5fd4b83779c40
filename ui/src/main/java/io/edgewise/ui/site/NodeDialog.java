package io.edgewise.ui.site;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.edgewise.node.GpuSpec;
import io.edgewise.node.Node;
import io.edgewise.node.NodeService.NodeData;
import io.edgewise.node.NodeStatus;
import io.edgewise.ui.shell.DialogForms;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Adds a node to a site or edits one, with its GPUs. ONLINE and OFFLINE follow heartbeats, so the
 * only status an administrator sets is maintenance. The owning view's {@link Save} stores it; for
 * an edit it sends the version the dialog was opened with.
 */
class NodeDialog extends Dialog {

  /** The form's state. */
  static final class Draft {
    String name;
    String hostname;
    Integer cpuCores;
    Integer memoryMib;
    boolean maintenance;
  }

  /** Creates or updates the node; throws the service's refusal, which the dialog shows. */
  @FunctionalInterface
  interface Save {
    Node save(NodeData data);
  }

  final TextField name = new TextField("Name");
  final TextField hostname = new TextField("Hostname");
  final IntegerField cpuCores = new IntegerField("CPU cores");
  final IntegerField memoryMib = new IntegerField("Memory (MiB)");
  final Checkbox maintenance = new Checkbox("In maintenance (planners place no work here)");
  final GpuEditor gpus;
  private final Binder<Draft> binder = new Binder<>();

  NodeDialog(UUID siteId, Node existing, Save save, Consumer<Node> saved) {
    setHeaderTitle(existing == null ? "Add node" : "Edit node " + existing.name);
    setWidth("min(60rem, 95vw)");
    binder
        .forField(name)
        .asRequired("Enter a name")
        .withValidator(
            new StringLengthValidator("At most " + Node.NAME_MAX + " characters", 1, Node.NAME_MAX))
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder
        .forField(hostname)
        .withValidator(
            new StringLengthValidator(
                "At most " + Node.HOSTNAME_MAX + " characters", 0, Node.HOSTNAME_MAX))
        .bind(d -> d.hostname, (d, v) -> d.hostname = v);
    binder
        .forField(cpuCores)
        .asRequired("Enter the CPU cores")
        .withValidator(v -> v > 0, "Must be more than 0")
        .bind(d -> d.cpuCores, (d, v) -> d.cpuCores = v);
    binder
        .forField(memoryMib)
        .asRequired("Enter the memory")
        .withValidator(v -> v > 0, "Must be more than 0")
        .bind(d -> d.memoryMib, (d, v) -> d.memoryMib = v);
    binder.forField(maintenance).bind(d -> d.maintenance, (d, v) -> d.maintenance = v);
    if (existing != null) {
      binder.readBean(draftOf(existing));
    }
    gpus = new GpuEditor(existing == null ? List.of() : existing.gpus);
    FormLayout form = new FormLayout(name, hostname, cpuCores, memoryMib, maintenance);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    add(form, gpus);
    Button ok =
        new Button(
            existing == null ? "Add node" : "Save", click -> save(save, siteId, existing, saved));
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), ok);
  }

  private void save(Save save, UUID siteId, Node existing, Consumer<Node> saved) {
    Draft d = new Draft();
    boolean valid = binder.writeBeanIfValid(d);
    Optional<List<GpuSpec>> specs = gpus.specs();
    if (!valid || specs.isEmpty()) {
      return;
    }
    NodeData data =
        new NodeData(
            d.name,
            siteId,
            d.hostname == null || d.hostname.isBlank() ? null : d.hostname.trim(),
            d.cpuCores,
            d.memoryMib,
            status(existing, d.maintenance),
            specs.get());
    String what = existing == null ? "The node" : "Node “" + existing.name + "”";
    DialogForms.submit(
        what,
        () -> {
          Node node = save.save(data);
          close();
          saved.accept(node);
        });
  }

  /**
   * MAINTENANCE when asked; leaving maintenance asks for PENDING (the next heartbeat makes it
   * ONLINE); else unchanged.
   */
  private static NodeStatus status(Node existing, boolean maintenance) {
    if (maintenance) {
      return NodeStatus.MAINTENANCE;
    }
    return existing != null && existing.status == NodeStatus.MAINTENANCE
        ? NodeStatus.PENDING
        : null;
  }

  private static Draft draftOf(Node n) {
    Draft d = new Draft();
    d.name = n.name;
    d.hostname = n.hostname;
    d.cpuCores = n.cpuCores;
    d.memoryMib = (int) Math.min(Integer.MAX_VALUE, n.memoryMib);
    d.maintenance = n.status == NodeStatus.MAINTENANCE;
    return d;
  }
}
