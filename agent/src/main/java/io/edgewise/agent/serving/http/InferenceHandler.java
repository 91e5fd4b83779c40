package io.edgewise.agent.serving.http;

import io.edgewise.agent.serving.ModelServer;
import io.edgewise.agent.serving.ServedModel;
import io.edgewise.agent.serving.ServingPlan.Route;
import io.edgewise.agent.serving.tensor.Npy;
import io.edgewise.agent.serving.tensor.Tensor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Answers inference requests. {@link #admit} runs on the event loop before the body is read and
 * refuses what it can tell from the path and headers (404, 415, 413, 503); {@link #infer} decodes,
 * binds and queues — JSON on a worker thread, binary bodies (one copy) on the event loop — and
 * encodes small answers on the event loop, large ones on a worker; the event loop never parses JSON
 * tensors or waits for a model. Each thread hand-off costs a few hundred microseconds on a busy
 * machine, which is why the cheap steps stay where they are.
 */
final class InferenceHandler {

  private static final String ADMITTED = "edgewise.admitted";

  /**
   * Answers up to this size are encoded on the event loop (microseconds); larger ones on a worker.
   */
  private static final long INLINE_ENCODE_BYTES = 64 * 1024;

  private final ModelServer server;

  InferenceHandler(ModelServer server) {
    this.server = server;
  }

  /** The request as admitted: its route, cut, model, body format and arrival time. */
  record Admitted(
      Route route, String cut, ServedModel model, BodyFormat format, long arrivedNanos) {}

  void admit(RoutingContext ctx) {
    long arrived = System.nanoTime();
    String deployment = ctx.pathParam("deployment");
    String cut = ctx.pathParam("cut");
    Route route = server.plan().routes().get(deployment);
    if (route == null) {
      Problems.send(
          ctx,
          404,
          "not-found",
          "Unknown deployment",
          "this agent serves no deployment '" + deployment + "'");
      return;
    }
    if (cut != null && !cut.equals(route.cut())) {
      Problems.send(
          ctx,
          404,
          "unknown-cut",
          "Unknown cut",
          "deployment '"
              + deployment
              + "' is served here "
              + (route.cut() == null ? "as a whole model only" : "with cut '" + route.cut() + "'")
              + ", not cut '"
              + cut
              + "'");
      return;
    }
    TimingHeader.parse(ctx.request().getHeader(TimingHeader.NAME))
        .ifPresent(timing -> server.events().timed(deployment, timing));
    BodyFormat format = BodyFormat.of(ctx.request().getHeader("Content-Type"));
    if (format == null) {
      Problems.send(
          ctx,
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "send application/json, "
              + Npy.MEDIA_TYPE
              + " or application/octet-stream (with X-Edgewise-Shape), not '"
              + ctx.request().getHeader("Content-Type")
              + "'");
      return;
    }
    String length = ctx.request().getHeader("Content-Length");
    long limit = format == BodyFormat.JSON ? InferenceRoutes.MAX_JSON : InferenceRoutes.MAX_BODY;
    if (length != null && length.matches("\\d{1,19}") && Long.parseLong(length) > limit) {
      Problems.send(
          ctx,
          413,
          "too-large",
          "Body too large",
          format + " bodies are limited to " + limit / (1024 * 1024) + " MiB");
      return;
    }
    ServedModel model =
        server.held(cut == null ? route.wholeSha256() : route.tailSha256()).orElse(null);
    if (model == null || model.state() == ServedModel.State.LOADING) {
      server.events().missed(deployment, cut);
      Problems.send(
          ctx,
          503,
          "loading",
          "Model loading",
          "the model for deployment '"
              + deployment
              + "' is being fetched or loaded; retry shortly");
      return;
    }
    if (model.state() == ServedModel.State.FAILED) {
      Problems.send(
          ctx,
          503,
          "load-failed",
          "Model failed to load",
          "the model for deployment '" + deployment + "' failed to load: " + model.error());
      return;
    }
    ctx.put(ADMITTED, new Admitted(route, cut, model, format, arrived));
    ctx.next();
  }

  void infer(RoutingContext ctx) {
    Admitted admitted = ctx.get(ADMITTED);
    Vertx vertx = ctx.vertx();
    long bytesIn = ctx.body().length();
    if (admitted.format() == BodyFormat.JSON && bytesIn > InferenceRoutes.MAX_JSON) {
      Problems.send(
          ctx,
          413,
          "too-large",
          "Body too large",
          "JSON bodies are limited to " + InferenceRoutes.MAX_JSON / (1024 * 1024) + " MiB");
      return;
    }
    boolean npyOut = AnswerEncoder.wantsNpy(ctx.request().getHeader("Accept"));
    // JSON parsing is real work and goes to a worker; a binary body is a header parse and one copy,
    // done here
    Future<CompletableFuture<List<Tensor>>> queued =
        admitted.format() == BodyFormat.JSON
            ? vertx.executeBlocking(() -> queue(ctx, admitted), false)
            : here(() -> queue(ctx, admitted));
    queued
        .compose(pending -> Future.fromCompletionStage(pending, vertx.getOrCreateContext()))
        .compose(
            outputs ->
                bytes(outputs) <= INLINE_ENCODE_BYTES
                    ? here(() -> AnswerEncoder.encode(admitted, outputs, npyOut))
                    : vertx.executeBlocking(
                        () -> AnswerEncoder.encode(admitted, outputs, npyOut), false))
        .onSuccess(
            answer -> {
              // counted before the answer leaves, so a client that has its answer also sees it
              // counted
              double ms = (System.nanoTime() - admitted.arrivedNanos()) / 1e6;
              server.served(admitted.model());
              server
                  .events()
                  .served(admitted.route().deploymentId(), admitted.cut(), ms, bytesIn, true);
              ctx.response()
                  .putHeader("Content-Type", answer.mediaType())
                  .end(Buffer.buffer(answer.body()));
            })
        .onFailure(error -> Problems.fail(ctx, error));
  }

  /** Runs {@code work} on this thread, as a future like {@code executeBlocking}'s. */
  private static <T> Future<T> here(Callable<T> work) {
    try {
      return Future.succeededFuture(work.call());
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }

  private static long bytes(List<Tensor> outputs) {
    return outputs.stream().mapToLong(t -> t.data().length).sum();
  }

  private static CompletableFuture<List<Tensor>> queue(RoutingContext ctx, Admitted admitted) {
    byte[] body = ctx.body().buffer().getBytes();
    List<Tensor> given = admitted.format().read(body, ctx.request());
    return admitted.model().submit(admitted.model().signature().bind(given));
  }
}
