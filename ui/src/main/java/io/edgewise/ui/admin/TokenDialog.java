package io.edgewise.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.edgewise.base.access.Role;
import io.edgewise.security.ApiToken;
import io.edgewise.security.ApiTokenService.IssuedToken;
import io.edgewise.ui.shell.DialogForms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Issues an API token: a name, a role and an optional expiry day (the token expires at the start of
 * that day, UTC).
 */
class TokenDialog extends Dialog {

  /** The form's state. */
  static final class Draft {
    String name;
    Role role = Role.VIEWER;
    LocalDate expires;
  }

  /** Issues the token; throws the service's refusal, which the dialog shows. */
  @FunctionalInterface
  interface Issue {
    IssuedToken issue(String name, Role role, Instant expiresAt);
  }

  final TextField name = new TextField("Name");
  final Select<Role> role = new Select<>();
  final DatePicker expires = new DatePicker("Expires on (optional)");
  private final Binder<Draft> binder = new Binder<>();

  TokenDialog(Issue issue, Consumer<IssuedToken> issued) {
    setHeaderTitle("New API token");
    name.setHelperText("What uses it, e.g. “fleet import job”");
    role.setLabel("Role");
    role.setItems(Role.ADMIN, Role.OPERATOR, Role.VIEWER, Role.AGENT);
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    expires.setMin(tomorrow);
    expires.setHelperText("Empty: never expires");
    binder
        .forField(name)
        .asRequired("Enter a name")
        .withValidator(
            new StringLengthValidator(
                "At most " + ApiToken.NAME_MAX + " characters", 1, ApiToken.NAME_MAX))
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder.forField(role).asRequired("Choose a role").bind(d -> d.role, (d, v) -> d.role = v);
    binder
        .forField(expires)
        .withValidator(d -> d == null || !d.isBefore(tomorrow), "Must be a day in the future")
        .bind(d -> d.expires, (d, v) -> d.expires = v);
    binder.readBean(new Draft());
    add(new FormLayout(name, role, expires));
    Button save = new Button("Create token", click -> save(issue, issued));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private void save(Issue issue, Consumer<IssuedToken> issued) {
    Draft d = new Draft();
    DialogForms.save(
        binder,
        d,
        "The token",
        () -> {
          IssuedToken token =
              issue.issue(
                  d.name.trim(),
                  d.role,
                  d.expires == null ? null : d.expires.atStartOfDay(ZoneOffset.UTC).toInstant());
          close();
          issued.accept(token);
        });
  }
}
