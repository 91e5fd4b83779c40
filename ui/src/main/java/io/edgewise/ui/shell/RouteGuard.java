package io.edgewise.ui.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import io.edgewise.security.CurrentCaller;
import io.edgewise.ui.login.LoginView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Checks every navigation before the target view is created, with the caller resolved by the
 * backend's {@link CurrentCaller} (the same tenant and roles the REST API sees). Also dresses each
 * new UI in the Edgewise stylesheet and the browser's colour scheme.
 */
@ApplicationScoped
public class RouteGuard {

  @Inject CurrentCaller callers;

  void register(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      BrowserTheme.apply(init.getUI());
      init.getUI().addBeforeEnterListener(this::check);
    });
  }

  private void check(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    switch (RouteAccess.decide(target, callers.find())) {
      case ENTER -> {
        if (target == LoginView.class && callers.find().isPresent()) {
          event.forwardTo("");
        }
      }
      case SIGN_IN -> event.forwardTo(LoginView.class);
      case TENANT_USERS_ONLY -> event.forwardTo(TenantUsersOnlyView.class);
      case DENY -> event.rerouteToError(AccessDeniedException.class, "your role does not open this page");
    }
  }
}
