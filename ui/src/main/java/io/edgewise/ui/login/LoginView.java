package io.edgewise.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.edgewise.sso.SsoStatus;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sign-in for local accounts, and through the identity provider when single sign-on is configured.
 * The form posts natively to Quarkus form authentication ({@code j_security_check}), which checks
 * the password with the backend's local-account provider, sets the encrypted session cookie and
 * redirects to {@code /}, or back here with {@code ?error}. "Sign in with Keycloak" is a plain link
 * to {@link SsoStatus#LOGIN_PATH}, where Quarkus OIDC runs the authorization-code flow; a refused
 * sign-in comes back here with {@code ?sso-error=<reason>}.
 */
@Route("login")
@PageTitle("Sign in · Edgewise")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  /** Where Quarkus form authentication takes the posted credentials. */
  static final String FORM_ACTION = "j_security_check";

  private final LoginForm form = new LoginForm();
  private final Paragraph ssoError = new Paragraph();

  @Inject
  public LoginView(SsoStatus sso) {
    addClassName("ew-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    form.setI18n(labels());
    form.setAction(FORM_ACTION);
    form.setForgotPasswordButtonVisible(false);
    add(new H1("Edgewise"), new Paragraph("Deep learning at the edge, per smart domain."), form);
    if (sso.enabled()) {
      Anchor button = new Anchor(SsoStatus.LOGIN_PATH, sso.buttonLabel());
      button.setRouterIgnore(true); // a full page load: the code flow is a chain of HTTP redirects
      button.addClassName("ew-sso-button");
      ssoError.addClassName("ew-sso-error");
      ssoError.getElement().setAttribute("role", "alert");
      ssoError.setVisible(false);
      add(button, ssoError);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    form.setError(parameters.containsKey("error"));
    List<String> refused = parameters.getOrDefault(SsoStatus.ERROR_PARAMETER, List.of());
    ssoError.setVisible(!refused.isEmpty());
    ssoError.setText(refused.isEmpty() ? "" : SsoRefusal.explain(refused.get(0)));
  }

  private static LoginI18n labels() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setUsername("Email");
    i18n.getForm().setPassword("Password");
    i18n.getForm().setSubmit("Sign in");
    i18n.getErrorMessage().setTitle("Wrong email or password");
    i18n.getErrorMessage()
        .setMessage(
            "Check both and try again. Accounts are created by your tenant's administrator.");
    return i18n;
  }
}
