package io.edgewise.agent.serving.http;

import io.edgewise.agent.serving.ModelServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Mounts serving's routes on the agent's router: {@code POST /v1/infer/{deploymentId}}, {@code POST
 * /v1/infer/{deploymentId}/from/{cut}} and {@code GET /v1/models}. Tests mount them on their own
 * router with {@link #mount}.
 */
@ApplicationScoped
public class InferenceRoutes {

  /** Largest body accepted (raw and NPY); JSON bodies stop at {@link #MAX_JSON}. */
  public static final long MAX_BODY = 64L * 1024 * 1024;

  public static final long MAX_JSON = 8L * 1024 * 1024;

  @Inject ModelServer server;

  void routes(@Observes Router router) {
    mount(router, server);
  }

  /** Adds the routes to {@code router}; requests are checked before their body is read. */
  public static void mount(Router router, ModelServer server) {
    InferenceHandler infer = new InferenceHandler(server);
    BodyHandler body =
        BodyHandler.create(false).setBodyLimit(MAX_BODY).setPreallocateBodyBuffer(true);
    for (String path : new String[] {"/v1/infer/:deployment", "/v1/infer/:deployment/from/:cut"}) {
      // two routes: Vert.x wants the body handler first on a route, and admission must come before
      // the body is read
      router.post(path).handler(infer::admit).failureHandler(Problems::routeFailure);
      router.post(path).handler(body).handler(infer::infer).failureHandler(Problems::routeFailure);
    }
    router.get("/v1/models").handler(new ModelsHandler(server));
  }
}
