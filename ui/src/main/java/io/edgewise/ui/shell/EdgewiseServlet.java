package io.edgewise.ui.shell;

import com.vaadin.quarkus.QuarkusVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet with Edgewise's settings; the Quarkus extension takes Vaadin parameters only
 * from here. Heartbeats alone must not keep an idle session open, or the session timeout would
 * never end it.
 */
@WebServlet(
    urlPatterns = "/*",
    name = "EdgewiseServlet",
    asyncSupported = true,
    initParams = @WebInitParam(name = "closeIdleSessions", value = "true"))
public class EdgewiseServlet extends QuarkusVaadinServlet {}
