package io.edgewise.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.edgewise.security.ApiTokenService.IssuedToken;
import io.edgewise.ui.shell.Notices;

/**
 * Shows a new token's secret, once: only its hash is stored, so after this dialog closes nobody can
 * see it again. Closing needs the explicit button, so a stray click does not lose the secret.
 */
class SecretDialog extends Dialog {

  final TextField secret = new TextField("Secret");

  SecretDialog(IssuedToken issued) {
    setHeaderTitle("Token “" + issued.token().name + "” created");
    setCloseOnOutsideClick(false);
    setCloseOnEsc(false);
    setWidth("min(40rem, 95vw)");
    secret.setValue(issued.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.addClassName("ew-secret");
    Button copy =
        new Button(
            "Copy",
            VaadinIcon.COPY.create(),
            click -> {
              getElement().executeJs("return navigator.clipboard.writeText($0)", issued.secret());
              Notices.success("Copied the secret to the clipboard");
            });
    HorizontalLayout line = new HorizontalLayout(secret, copy);
    line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    line.setWidthFull();
    Paragraph warning =
        new Paragraph(
            "Copy the secret now: it will not be shown again. Integrations send it as"
                + " “Authorization: Bearer <secret>”. If it is lost, revoke this token and create a"
                + " new one.");
    warning.addClassName("ew-warning");
    add(line, warning);
    Button done = new Button("I have copied it", click -> close());
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(done);
  }
}
