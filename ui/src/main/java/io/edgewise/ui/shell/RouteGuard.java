package io.edgewise.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import io.edgewise.security.Caller;
import io.edgewise.security.CurrentCaller;
import io.edgewise.sso.SsoRefusedException;
import io.edgewise.sso.SsoStatus;
import io.edgewise.ui.login.LoginView;
import io.quarkus.security.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks every navigation before the target view is created, with the caller resolved by the
 * backend's {@link CurrentCaller} (the same tenant and roles the REST API sees). A session whose
 * credentials stopped authenticating goes to the login page instead, from navigation and from any
 * other request. Also dresses each new UI in the Edgewise stylesheet and the browser's colour
 * scheme.
 */
@ApplicationScoped
public class RouteGuard {

  @Inject CurrentCaller callers;

  void register(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              BrowserTheme.apply(init.getUI());
              init.getUI().addBeforeEnterListener(this::check);
            });
    event
        .getSource()
        .addSessionInitListener(init -> init.getSession().setErrorHandler(RouteGuard::handle));
  }

  private void check(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    Optional<Caller> caller;
    try {
      caller = callers.find();
    } catch (RuntimeException e) {
      String login = loginPageFor(e).orElseThrow(() -> e);
      if (target != LoginView.class) {
        event.getUI().getPage().setLocation(login);
        event.forwardTo(LoginView.class); // shown until the browser leaves, and needs no caller
      }
      return;
    }
    switch (RouteAccess.decide(target, caller)) {
      case ENTER -> {
        if (target == LoginView.class && caller.isPresent()) {
          event.forwardTo("");
        }
      }
      case SIGN_IN -> event.forwardTo(LoginView.class);
      case TENANT_USERS_ONLY -> event.forwardTo(TenantUsersOnlyView.class);
      case DENY ->
          event.rerouteToError(AccessDeniedException.class, "your role does not open this page");
    }
  }

  /**
   * A refused session met outside navigation (a click that reads the caller, say) leaves too; the
   * rest as usual.
   */
  private static void handle(ErrorEvent error) {
    UI ui = UI.getCurrent();
    Optional<String> login = loginPageFor(error.getThrowable());
    if (ui != null && login.isPresent()) {
      ui.getPage().setLocation(login.get());
    } else {
      new DefaultErrorHandler().error(error);
    }
  }

  /**
   * Where a session whose credentials stopped authenticating goes (a single sign-on account
   * disabled since it signed in, say): the login page, with the reason when single sign-on refused
   * it. Loading that page is a page load, which the backend's {@code SsoFailurePage} answers by
   * ending the session first. Empty for other failures.
   */
  private static Optional<String> loginPageFor(Throwable failure) {
    Optional<SsoRefusedException> refused = SsoRefusedException.in(failure);
    if (refused.isPresent()) {
      return Optional.of(SsoStatus.loginPage(refused.get().reason()));
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationException) {
        return Optional.of("/login");
      }
    }
    return Optional.empty();
  }
}
