package io.edgewise.agent.serving.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgewise.agent.serving.batch.ModelUnloadedException;
import io.edgewise.agent.serving.batch.QueueFullException;
import io.edgewise.agent.serving.tensor.BadTensorException;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RFC 9457 problem answers ({@code application/problem+json}, {@code type} = a stable slug under
 * edgewise.dev).
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://edgewise.dev/problems/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  private Problems() {}

  static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      return;
    }
    ObjectNode body =
        JSON.createObjectNode()
            .put("type", TYPE_BASE + slug)
            .put("title", title)
            .put("status", status)
            .put("detail", detail);
    if (status == 503 || status == 429) {
      ctx.response().putHeader("Retry-After", "1");
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(body.toString());
  }

  /** Maps what went wrong while decoding or running a request to its answer. */
  static void fail(RoutingContext ctx, Throwable error) {
    Throwable e =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (e instanceof BadTensorException) {
      send(ctx, 400, "bad-input", "Bad input", e.getMessage());
    } else if (e instanceof QueueFullException) {
      send(ctx, 429, "queue-full", "Too many requests", e.getMessage());
    } else if (e instanceof ModelUnloadedException) {
      send(ctx, 503, "loading", "Model not loaded", e.getMessage());
    } else if (e instanceof ArithmeticException || e instanceof OutOfMemoryError) {
      send(
          ctx,
          413,
          "too-large",
          "Tensor too large",
          "the tensor is too large to serve: " + e.getMessage());
    } else {
      LOG.log(Level.WARNING, "inference failed: " + e.getMessage(), e);
      send(
          ctx,
          500,
          "inference-failed",
          "Inference failed",
          "the model could not run this input: " + e.getMessage());
    }
  }

  /** Vert.x failures raised before our handlers ran (the body handler's 413, for one). */
  static void routeFailure(RoutingContext ctx) {
    if (ctx.statusCode() == 413) {
      send(
          ctx,
          413,
          "too-large",
          "Body too large",
          "the body exceeds " + InferenceRoutes.MAX_BODY / (1024 * 1024) + " MiB");
    } else if (ctx.failure() != null) {
      fail(ctx, ctx.failure());
    } else {
      send(
          ctx,
          ctx.statusCode(),
          "error",
          "Error",
          "the request failed with status " + ctx.statusCode());
    }
  }
}
