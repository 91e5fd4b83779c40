package io.edgewise.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ends a browser session: drops the form-authentication cookie and the Vaadin session, then shows the login page. */
@ApplicationScoped
public class SignOut {

  @Inject CurrentIdentityAssociation identities;

  public void signOut(UI ui) {
    // Resolving the (lazy) identity runs the form mechanism on this request, which is what logout needs to clear its cookie.
    SecurityIdentity identity = identities.getIdentity();
    if (!identity.isAnonymous()) {
      FormAuthenticationMechanism.logout(identity);
    }
    ui.getPage().setLocation("login");
    VaadinSession.getCurrent().getSession().invalidate();
  }
}
