package io.edgewise.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends idle Vaadin sessions after {@code edgewise.ui.session-timeout}, the same inactivity that
 * expires the sign-in cookie.
 */
@ApplicationScoped
public class SessionTimeout {

  @ConfigProperty(name = "edgewise.ui.session-timeout", defaultValue = "30M")
  Duration timeout;

  void register(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init ->
                init.getSession().getSession().setMaxInactiveInterval((int) timeout.toSeconds()));
  }
}
