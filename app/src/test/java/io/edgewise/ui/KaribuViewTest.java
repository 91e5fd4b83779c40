package io.edgewise.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouteNotFoundError;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of browserless view tests (Karibu-Testing) inside a {@code @QuarkusTest}: {@link #signIn}
 * authenticates a real account through the app's identity providers, binds it to a request context
 * on the test thread and mocks a Vaadin session whose views come from CDI, as in production.
 * Navigate with {@link #open}, then find components with Karibu's {@code LocatorJ._get / _find /
 * _assertNone}.
 */
public abstract class KaribuViewTest {

  private static final String JANDEX = "META-INF/jandex.idx";

  @Inject BeanManager beans;
  @Inject IdentityProviderManager identities;
  @Inject CurrentIdentityAssociation identity;

  private ManagedContext requestContext;

  /** Signs in with an e-mail and password, as the login form would, and starts a mocked UI. */
  protected void signIn(String email, String password) {
    tearDownUi();
    requestContext = Arc.container().requestContext();
    requestContext.activate();
    identity.setIdentity(
        identities.authenticateBlocking(
            new UsernamePasswordAuthenticationRequest(
                email, new PasswordCredential(password.toCharArray()))));
    MockVaadin.setup(MockedUI::new, new CdiMockServlet(routes(), beans));
  }

  /**
   * Every {@code @Route} class in the Jandex indexes on the class path (the UI jar has one), with
   * Vaadin's default error views. Karibu's class-path scanning does not work in Quarkus's class
   * loader.
   */
  private static Routes routes() {
    Set<Class<? extends Component>> views = new HashSet<>();
    ClassLoader loader = KaribuViewTest.class.getClassLoader();
    try {
      for (URL url : Collections.list(loader.getResources(JANDEX))) {
        try (InputStream in = url.openStream()) {
          for (AnnotationInstance route :
              new IndexReader(in).read().getAnnotations(DotName.createSimple(Route.class))) {
            views.add(
                Class.forName(route.target().asClass().name().toString(), false, loader)
                    .asSubclass(Component.class));
          }
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read the route index " + JANDEX, e);
    }
    return new Routes(views, new HashSet<>(), true)
        .addErrorRoutes(
            RouteNotFoundError.class, RouteAccessDeniedError.class, InternalServerError.class);
  }

  /** Navigates to a location (as typed in the address bar, without the leading slash). */
  protected static void open(String location) {
    UI.getCurrent().navigate(location);
  }

  /** Navigates to a view class. */
  protected static void open(Class<? extends Component> view) {
    UI.getCurrent().navigate(view);
  }

  /** The view the UI shows now. */
  protected static Component currentView() {
    return UI.getCurrent().getCurrentView();
  }

  @AfterEach
  void tearDownUi() {
    MockVaadin.tearDown();
    if (requestContext != null && requestContext.isActive()) {
      requestContext.terminate();
    }
    requestContext = null;
  }
}
