package io.edgewise.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.edgewise.sso.SsoStatus;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ends a browser session: drops the form-authentication cookie and the Vaadin session, then shows
 * the login page. A session that came from the identity provider goes through {@link
 * SsoStatus#LOGOUT_PATH} instead, where Quarkus OIDC drops its session cookie and sends the browser
 * to the provider's logout (RP-initiated logout), which ends the provider's session too and returns
 * to the login page.
 */
@ApplicationScoped
public class SignOut {

  @Inject CurrentIdentityAssociation identities;

  public void signOut(UI ui) {
    // Resolving the (lazy) identity runs the mechanisms on this request, which is what logout needs
    // to clear a cookie.
    SecurityIdentity identity = identities.getIdentity();
    if (SsoStatus.signedInThroughProvider(identity)) {
      ui.getPage().setLocation(SsoStatus.LOGOUT_PATH);
    } else {
      if (!identity.isAnonymous()) {
        FormAuthenticationMechanism.logout(identity);
      }
      ui.getPage().setLocation("login");
    }
    VaadinSession.getCurrent().getSession().invalidate();
  }
}
