package io.edgewise.ui;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.quarkus.QuarkusInstantiator;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Optional;

/**
 * Karibu's mock servlet with the Quarkus instantiator: views get their {@code @Inject} constructors
 * served by the running app's CDI container, and CDI observers of {@code ServiceInitEvent} (the
 * route guard) take part exactly as in the real servlet.
 */
final class CdiMockServlet extends MockVaadinServlet {

  private final transient BeanManager beans;

  CdiMockServlet(Routes routes, BeanManager beans) {
    super(routes, MockedUI::new);
    this.beans = beans;
  }

  @Override
  protected VaadinServletService createServletService(DeploymentConfiguration configuration)
      throws ServiceException {
    VaadinServletService service =
        new MockService(this, configuration, MockedUI::new) {
          @Override
          protected Optional<Instantiator> loadInstantiators() {
            return Optional.of(new QuarkusInstantiator(new DefaultInstantiator(this), beans));
          }
        };
    service.init();
    getRoutes().register(service.getContext());
    return service;
  }
}
