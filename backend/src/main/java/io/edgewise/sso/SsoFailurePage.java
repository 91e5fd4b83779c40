package io.edgewise.sso;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sends a refused single sign-on (a token naming no known tenant or no Edgewise role, or a disabled
 * account) back to the login page with the reason, in two places, both between Quarkus's
 * authentication handler and the permission check:
 *
 * <ul>
 *   <li><b>The sign-in path</b>: instead of Quarkus's default answer to a failed code flow (an
 *       empty 401, or a new challenge, that is a redirect to the provider, whose session is still
 *       open, and back, in a loop), it replaces the request's authentication failure handler; every
 *       other failure still goes to the default.
 *   <li><b>A browser session refused later</b>, say an account an admin disabled while it was
 *       signed in: a page load that carries an OIDC session cookie has its identity resolved here
 *       first (the UI otherwise resolves it lazily, inside Vaadin). Refused, its session cookies
 *       are deleted and it is redirected to the login page with the reason. Vaadin's own requests
 *       are left to the UI, which sends such a session to the login page (ui's {@code RouteGuard}):
 *       a page load, so it ends here too.
 * </ul>
 */
@ApplicationScoped
public class SsoFailurePage {

  private static final int BETWEEN_AUTHENTICATION_AND_AUTHORIZATION =
      -(SecurityHandlerPriorities.AUTHORIZATION + 10);

  /**
   * Quarkus OIDC's session cookie (the default tenant's; long sessions continue in {@code
   * q_session_chunk_N}).
   */
  private static final String SESSION_COOKIE = "q_session";

  /** Vaadin's request type parameter, present on its UIDL, heartbeat and push requests. */
  private static final String VAADIN_REQUEST = "v-r";

  @Inject SsoStatus status;

  void register(@Observes Router router) {
    router
        .route(SsoStatus.LOGIN_PATH)
        .order(BETWEEN_AUTHENTICATION_AND_AUTHORIZATION)
        .handler(this::install);
    router.route().order(BETWEEN_AUTHENTICATION_AND_AUTHORIZATION).handler(this::checkSession);
  }

  private void checkSession(RoutingContext context) {
    Uni<SecurityIdentity> deferred = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
    if (!status.enabled()
        || deferred == null
        || !pageLoad(context)
        || sessionCookies(context).isEmpty()) {
      context.next();
      return;
    }
    Context eventLoop = Vertx.currentContext();
    deferred
        .subscribe()
        .with(
            identity -> eventLoop.runOnContext(v -> context.next()),
            failure ->
                eventLoop.runOnContext(
                    v -> {
                      Optional<SsoRefusedException> refused = SsoRefusedException.in(failure);
                      if (refused.isEmpty()) {
                        context.next();
                      } else if (!context.response().ended()) {
                        sessionCookies(context)
                            .forEach(
                                name ->
                                    context
                                        .response()
                                        .addCookie(
                                            Cookie.cookie(name, "").setPath("/").setMaxAge(0)));
                        toLoginPage(context, refused.get());
                      }
                    }));
  }

  private static List<String> sessionCookies(RoutingContext context) {
    return context.request().cookies().stream()
        .map(Cookie::getName)
        .filter(name -> name.startsWith(SESSION_COOKIE))
        .toList();
  }

  /**
   * A page load: a GET that is not one of Vaadin's own requests (UIDL, heartbeat), the API, the
   * sign-in and logout paths, Vaadin's static files or a file.
   */
  private static boolean pageLoad(RoutingContext context) {
    String path = context.normalizedPath();
    return context.request().method() == HttpMethod.GET
        && context.request().getParam(VAADIN_REQUEST) == null
        && !path.startsWith("/api/")
        && !path.startsWith("/sso/")
        && !path.startsWith("/VAADIN/")
        && !path.startsWith("/q/")
        && !path.substring(path.lastIndexOf('/') + 1).contains(".");
  }

  private static void toLoginPage(RoutingContext context, SsoRefusedException refused) {
    context
        .response()
        .setStatusCode(302)
        .putHeader("Location", SsoStatus.loginPage(refused.reason()))
        .putHeader("Cache-Control", "no-store")
        .end();
  }

  private void install(RoutingContext context) {
    BiConsumer<RoutingContext, Throwable> fallback =
        context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
    context.put(
        QuarkusHttpUser.AUTH_FAILURE_HANDLER,
        (BiConsumer<RoutingContext, Throwable>)
            (event, failure) -> {
              Optional<SsoRefusedException> refused = SsoRefusedException.in(failure);
              if (refused.isPresent() && !event.response().ended()) {
                toLoginPage(event, refused.get());
              } else if (fallback != null) {
                fallback.accept(event, failure);
              } else {
                event.fail(failure);
              }
            });
    context.next();
  }
}
