package io.edgewise.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.edgewise.base.access.Role;
import io.edgewise.security.PasswordHasher;
import io.edgewise.security.User;
import io.edgewise.security.UserService.UserChanges;
import io.edgewise.ui.shell.DialogForms;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Creates an account with a role and an initial password that meets the backend's password rules.
 */
class UserDialog extends Dialog {

  /** The form's state. */
  static final class Draft {
    String email;
    String displayName;
    Role role = Role.VIEWER;
    String password;
  }

  /** Creates the account; throws the service's refusal, which the dialog shows. */
  @FunctionalInterface
  interface Create {
    User create(UserChanges account);
  }

  final EmailField email = new EmailField("Email");
  final TextField displayName = new TextField("Name");
  final Select<Role> role = new Select<>();
  final PasswordField password = new PasswordField("Initial password");
  private final Binder<Draft> binder = new Binder<>();

  UserDialog(Create create, Consumer<User> created) {
    setHeaderTitle("New user");
    role.setLabel("Role");
    role.setItems(UsersPanel.USER_ROLES);
    password.setHelperText(
        "At least "
            + PasswordHasher.MIN_LENGTH
            + " characters; share it with the user over a safe channel");
    binder
        .forField(email)
        .asRequired("Enter an e-mail address")
        .withValidator(new EmailValidator("Enter a valid e-mail address"))
        .withValidator(
            new StringLengthValidator(
                "At most " + User.EMAIL_MAX + " characters", 1, User.EMAIL_MAX))
        .bind(d -> d.email, (d, v) -> d.email = v);
    binder
        .forField(displayName)
        .withValidator(
            new StringLengthValidator(
                "At most " + User.DISPLAY_NAME_MAX + " characters", 0, User.DISPLAY_NAME_MAX))
        .bind(d -> d.displayName, (d, v) -> d.displayName = v);
    binder.forField(role).asRequired("Choose a role").bind(d -> d.role, (d, v) -> d.role = v);
    binder
        .forField(password)
        .asRequired("Enter an initial password")
        .withValidator(
            p -> p.length() >= PasswordHasher.MIN_LENGTH,
            "At least " + PasswordHasher.MIN_LENGTH + " characters")
        .withValidator(
            p -> p.getBytes(StandardCharsets.UTF_8).length <= PasswordHasher.MAX_BYTES,
            "At most " + PasswordHasher.MAX_BYTES + " bytes")
        .bind(d -> d.password, (d, v) -> d.password = v);
    binder.readBean(new Draft());
    FormLayout form = new FormLayout(email, displayName, role, password);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    add(form);
    Button save = new Button("Create user", click -> save(create, created));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private void save(Create create, Consumer<User> created) {
    Draft d = new Draft();
    DialogForms.save(
        binder,
        d,
        "The user",
        () -> {
          String name =
              d.displayName == null || d.displayName.isBlank() ? null : d.displayName.trim();
          User user =
              create.create(new UserChanges(d.email.trim(), d.password, d.role, name, true));
          close();
          created.accept(user);
        });
  }
}
