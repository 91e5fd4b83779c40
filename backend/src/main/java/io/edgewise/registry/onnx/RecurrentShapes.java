package io.edgewise.registry.onnx;

import java.util.List;

/**
 * Output shapes of LSTM, GRU and RNN. With {@code layout=0}, X is {@code [T, N, I]}, Y is {@code
 * [T, D, N, H]} and Y_h (and LSTM's Y_c) {@code [D, N, H]}; {@code layout=1} puts the batch first.
 */
final class RecurrentShapes {

  private RecurrentShapes() {}

  static void infer(
      NodeAttributes attributes, List<Dim> x, List<Dim> r, int type, List<Inferred> outputs) {
    if (x == null || x.size() != 3) {
      return;
    }
    boolean batchFirst = attributes.integer("layout", 0) != 0;
    Dim steps = batchFirst ? x.get(1) : x.get(0);
    Dim batch = batchFirst ? x.get(0) : x.get(1);
    Dim directions =
        Dim.of(attributes.string("direction", "forward").equals("bidirectional") ? 2 : 1);
    long hiddenSize = attributes.integer("hidden_size", -1);
    Dim hidden =
        hiddenSize > 0 ? Dim.of(hiddenSize) : r != null && r.size() == 3 ? r.get(2) : Dim.unknown();
    List<Dim> y =
        batchFirst
            ? List.of(batch, steps, directions, hidden)
            : List.of(steps, directions, batch, hidden);
    List<Dim> state =
        batchFirst ? List.of(batch, directions, hidden) : List.of(directions, batch, hidden);
    for (int i = 0; i < outputs.size(); i++) {
      outputs.set(i, new Inferred(type, i == 0 ? y : state));
    }
  }
}
