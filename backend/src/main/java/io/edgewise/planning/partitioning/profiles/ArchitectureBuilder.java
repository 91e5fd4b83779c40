package io.edgewise.planning.partitioning.profiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a layer graph from convolution, pooling, fully connected and add layers, tracking each
 * tensor's shape so FLOPs (2 per multiply-add; 1 per element for pooling and adds) and float32
 * output bytes follow from it.
 */
final class ArchitectureBuilder {

  /** A tensor's shape: channels × height × width. */
  private record Shape(int channels, int height, int width) {
    long elements() {
      return (long) channels * height * width;
    }
  }

  private static final int MODEL_INPUT = -1;
  private final Shape input;
  private final List<LayerSpec> layers = new ArrayList<>();
  private final List<Shape> shapes = new ArrayList<>();
  private final List<ExitSpec> exits = new ArrayList<>();

  /** A 224×224 RGB image, as the reference models take. */
  ArchitectureBuilder() {
    this.input = new Shape(3, 224, 224);
  }

  /**
   * The index of the last layer added (what the next layer reads by default); -1 = the model input.
   */
  int last() {
    return layers.size() - 1;
  }

  int conv(
      String name, int from, int outChannels, int kernel, int stride, int padding, int groups) {
    Shape in = shape(from);
    int h = (in.height() + 2 * padding - kernel) / stride + 1;
    int w = (in.width() + 2 * padding - kernel) / stride + 1;
    Shape out = new Shape(outChannels, h, w);
    double macs = (double) out.elements() * (in.channels() / groups) * kernel * kernel;
    return add(name, 2 * macs, out, from);
  }

  int conv(String name, int outChannels, int kernel, int stride, int padding) {
    return conv(name, last(), outChannels, kernel, stride, padding, 1);
  }

  int maxPool(String name, int kernel, int stride, int padding) {
    Shape in = shape(last());
    Shape out =
        new Shape(
            in.channels(),
            (in.height() + 2 * padding - kernel) / stride + 1,
            (in.width() + 2 * padding - kernel) / stride + 1);
    return add(name, (double) out.elements() * kernel * kernel, out, last());
  }

  int globalAveragePool(String name) {
    Shape in = shape(last());
    return add(name, in.elements(), new Shape(in.channels(), 1, 1), last());
  }

  int fullyConnected(String name, int outFeatures) {
    Shape in = shape(last());
    return add(name, 2.0 * in.elements() * outFeatures, new Shape(outFeatures, 1, 1), last());
  }

  /** Element-wise sum of two tensors of one shape (a residual connection). */
  int sum(String name, int a, int b) {
    Shape out = shape(a);
    return add(name, out.elements(), out, a, b);
  }

  /**
   * A BranchyNet-style exit after {@code layer}: global average pool and one FC to 1,000 classes.
   */
  void exitAfter(int layer, double accuracy) {
    Shape in = shape(layer);
    exits.add(new ExitSpec(layer, (in.elements() + 2.0 * in.channels() * 1000) / 1e9, accuracy));
  }

  ModelProfile build(String name, double accuracy) {
    return new ModelProfile(name, input.elements() * 4, layers, exits, accuracy);
  }

  private Shape shape(int layer) {
    return layer == MODEL_INPUT ? input : shapes.get(layer);
  }

  private int add(String name, double flops, Shape out, int... from) {
    List<Integer> inputs = new ArrayList<>();
    for (int f : from) {
      if (f != MODEL_INPUT) {
        inputs.add(f);
      }
    }
    layers.add(new LayerSpec(name, flops / 1e9, out.elements() * 4, inputs));
    shapes.add(out);
    return last();
  }
}
