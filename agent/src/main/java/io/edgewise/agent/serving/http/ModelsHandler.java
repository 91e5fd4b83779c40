package io.edgewise.agent.serving.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.edgewise.agent.serving.ModelServer;
import io.edgewise.agent.serving.ModelServer.ModelStatus;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /v1/models}: the held models, each with its state, load time, requests served and
 * deployments.
 */
final class ModelsHandler implements Handler<RoutingContext> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ModelServer server;

  ModelsHandler(ModelServer server) {
    this.server = server;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ArrayNode list = JSON.createArrayNode();
    for (ModelStatus status : server.statuses()) {
      var model = status.model();
      var node =
          list.addObject()
              .put("sha256", model.sha256())
              .put("versionId", model.versionId())
              .put("state", model.state());
      if (model.loadMs() == null) {
        node.putNull("loadMs");
      } else {
        node.put("loadMs", Math.round(model.loadMs() * 100) / 100.0);
      }
      node.put("error", model.error()).put("requests", status.requests());
      ArrayNode deployments = node.putArray("deployments");
      status.deployments().forEach(deployments::add);
    }
    ctx.response().putHeader("Content-Type", "application/json").end(list.toString());
  }
}
