package io.edgewise.sso;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sends a refused single sign-on (a token naming no known tenant or no Edgewise role) back to the login
 * page with the reason, instead of Quarkus's default answer to a failed code flow: an empty 401, or a
 * new challenge, that is a redirect to the provider, whose session is still open, and back, in a loop.
 * It replaces the request's authentication failure handler on the sign-in path only, between Quarkus's
 * authentication handler (which installs the default) and the permission check (which resolves the
 * identity); every other failure still goes to the default.
 */
@ApplicationScoped
public class SsoFailurePage {

  private static final int BETWEEN_AUTHENTICATION_AND_AUTHORIZATION = -(SecurityHandlerPriorities.AUTHORIZATION + 10);

  void register(@Observes Router router) {
    router.route(SsoStatus.LOGIN_PATH).order(BETWEEN_AUTHENTICATION_AND_AUTHORIZATION).handler(this::install);
  }

  private void install(RoutingContext context) {
    BiConsumer<RoutingContext, Throwable> fallback = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
    context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (event, failure) -> {
      Optional<SsoRefusedException> refused = refused(failure);
      if (refused.isPresent() && !event.response().ended()) {
        event.response().setStatusCode(302)
            .putHeader("Location", "/login?" + SsoStatus.ERROR_PARAMETER + "=" + refused.get().reason().code)
            .putHeader("Cache-Control", "no-store").end();
      } else if (fallback != null) {
        fallback.accept(event, failure);
      } else {
        event.fail(failure);
      }
    });
    context.next();
  }

  private static Optional<SsoRefusedException> refused(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SsoRefusedException r) {
        return Optional.of(r);
      }
      if (t instanceof io.smallrye.mutiny.CompositeException c && !c.getCauses().isEmpty()) {
        return refused(c.getCauses().get(0));
      }
    }
    return Optional.empty();
  }
}
