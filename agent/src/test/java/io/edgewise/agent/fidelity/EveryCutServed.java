package io.edgewise.agent.fidelity;

import io.edgewise.agent.serving.DjlReference;
import io.edgewise.agent.serving.PlainHttpClient;
import io.edgewise.agent.serving.ServingFixture;
import io.edgewise.agent.serving.ServingPlan.Route;
import io.edgewise.agent.serving.ServingSettings;
import io.edgewise.agent.serving.tensor.Npy;
import io.edgewise.agent.serving.tensor.RawTensors;
import io.edgewise.registry.onnx.OnnxGraph;
import io.edgewise.registry.onnx.OnnxSplitter;
import io.edgewise.registry.onnx.SplitModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model served every way at once: the agent's model server (real Vert.x HTTP, DJL/ONNX Runtime)
 * holds the whole model as deployment {@code cut-0} and, for every cut point the splitter offers,
 * the tail as deployment {@code cut-p} served from cut {@code p}; the device holds the whole model
 * and every head. {@link #request} runs one request the way cut {@code p} runs it, through whatever
 * link the client's connection crosses, and answers .npy bodies as a device SDK would ask.
 */
final class EveryCutServed implements AutoCloseable {

  private final FidelityModel model;
  private final OnnxGraph graph;
  private final ServingFixture serving;
  private final Map<Integer, DeviceRuntime> device = new HashMap<>();
  private final float[] input;
  private final byte[] rawInput;

  EveryCutServed(FidelityModel model) throws Exception {
    this.model = model;
    this.graph = OnnxGraph.of(model.proto());
    // per-node profiling off: it would time the models in the background while we measure
    this.serving = new ServingFixture(new ServingSettings(1, Duration.ZERO, 16, false));
    int layers = layerCount();
    Map<String, Route> routes = new HashMap<>();
    Map<String, Path> files = new HashMap<>();
    files.put("whole", serving.write("whole", model.proto()));
    routes.put("cut-0", route("cut-0", null, null));
    device.put(layers, new DeviceRuntime(model.proto(), model.name() + " whole"));
    for (int p : splitPositions()) {
      SplitModel split = OnnxSplitter.splitAt(graph, p);
      if (split.tailInputs().size() != 1) {
        throw new IllegalArgumentException(
            model.name() + ": cut " + p + " sends " + split.tailInputs() + "; one tensor only");
      }
      files.put("tail-" + p, serving.write("tail-" + p, split.tail()));
      routes.put("cut-" + p, route("cut-" + p, Integer.toString(p), "tail-" + p));
      device.put(p, new DeviceRuntime(split.head(), model.name() + " head " + p));
    }
    serving.applyAndWait(ServingFixture.plan(routes, files));
    this.input = DjlReference.random(7, model.inputElements());
    ByteBuffer raw = ByteBuffer.allocate(input.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    raw.asFloatBuffer().put(input);
    this.rawInput = raw.array();
  }

  int layerCount() {
    return graph.computeNodes().size();
  }

  /** The split positions the product's splitter can cut, ascending. */
  List<Integer> splitPositions() {
    return graph.cutPoints().stream().map(c -> c.position()).toList();
  }

  /** Edge only, every split the splitter offers, device only. */
  List<Integer> positions() {
    List<Integer> all = new ArrayList<>();
    all.add(0);
    all.addAll(splitPositions());
    all.add(layerCount());
    return all;
  }

  String label(int position) {
    return position == 0
        ? "edge only"
        : position == layerCount()
            ? "device only"
            : "after " + graph.computeNodes().get(position - 1).name();
  }

  int port() {
    return serving.port();
  }

  /**
   * One request's milliseconds: end to end, on the device (the head or whole model), and at the
   * edge (the agent's own arrival-to-answer time, as it reports it in its serving metrics).
   */
  record Timing(double totalMs, double deviceMs, double edgeMs) {}

  /** One request run as cut {@code position} runs it. */
  Timing request(int position, PlainHttpClient link) throws Exception {
    long start = System.nanoTime();
    if (position == 0) {
      post(link, "/v1/infer/cut-0", rawInput, model.shapeHeader());
      return new Timing(since(start), 0, lastServedMs());
    }
    DeviceRuntime.Output head = device.get(position).run(input, model.inputShape());
    double deviceMs = since(start);
    if (position == layerCount()) {
      return new Timing(deviceMs, deviceMs, 0);
    }
    post(link, "/v1/infer/cut-" + position + "/from/" + position, head.data(), head.shapeHeader());
    return new Timing(since(start), deviceMs, lastServedMs());
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  /** Requests go one at a time, and the agent counts each before its answer leaves. */
  private double lastServedMs() {
    var served = serving.events.served;
    return served.get(served.size() - 1).ms();
  }

  private static void post(PlainHttpClient link, String path, byte[] body, String shape)
      throws Exception {
    link.post(
        path,
        "application/octet-stream",
        body,
        RawTensors.SHAPE_HEADER,
        shape,
        "Accept",
        Npy.MEDIA_TYPE);
  }

  private static Route route(String deployment, String cut, String tail) {
    return new Route(deployment, "v1", "whole", cut, tail, 1, 1_000.0, 0);
  }

  @Override
  public void close() throws Exception {
    for (DeviceRuntime runtime : device.values()) {
      runtime.close();
    }
    serving.close();
  }
}
