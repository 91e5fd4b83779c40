package io.edgewise.ui.deployment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.edgewise.deployment.Deployment;
import io.edgewise.ui.shell.Notices;

/** Asks before deleting a deployment; after the delete, back to the list. */
final class DeleteDeploymentDialog {

  private DeleteDeploymentDialog() {}

  /** Opens the question; {@code delete} deletes (throwing the service's refusal, shown here). */
  static void open(Deployment d, Runnable delete) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Delete " + d.name + "?");
    dialog.add(
        new Paragraph(
            "Its devices stop being served once the next plan is applied. This cannot be undone."));
    Button confirm =
        new Button(
            "Delete",
            click -> {
              try {
                delete.run();
                dialog.close();
                Notices.success("Deleted " + d.name + " — re-planning within seconds");
                UI.getCurrent().navigate(DeploymentsView.class);
              } catch (RuntimeException e) {
                Notices.failed("This deployment", e);
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
    dialog.open();
  }
}
