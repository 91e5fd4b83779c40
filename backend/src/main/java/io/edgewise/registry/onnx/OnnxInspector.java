package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import io.edgewise.base.error.Unprocessable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks that a file is an ONNX {@code ModelProto} and reads what the registry records about it, by
 * walking the protobuf wire format (field numbers from {@code onnx.proto}) instead of parsing the
 * whole model: initializers and node attributes, where the weights live, are skipped, so memory
 * stays small whatever the size of the model. Only the small input, output and opset declarations
 * are parsed with the generated {@code OnnxMl} classes. Refusals are 422 problems saying what is
 * wrong.
 */
public final class OnnxInspector {

  private static final int DELIMITED = WireFormat.WIRETYPE_LENGTH_DELIMITED;
  private static final int MODEL_IR_VERSION = 1 << 3 | WireFormat.WIRETYPE_VARINT;
  private static final int MODEL_PRODUCER_NAME = 2 << 3 | DELIMITED;
  private static final int MODEL_GRAPH = 7 << 3 | DELIMITED;
  private static final int MODEL_OPSET_IMPORT = 8 << 3 | DELIMITED;
  private static final int PRODUCER_MAX_BYTES = 200;
  private static final int OPSET_MAX_BYTES = 4096;
  private static final int BUFFER_BYTES = 64 * 1024;

  private final CodedInputStream in;
  private final OnnxGraphReader graph;
  private Long irVersion;
  private Long opsetVersion;
  private String producer;
  private boolean hasGraph;

  private OnnxInspector(CodedInputStream in) {
    this.in = in;
    this.graph = new OnnxGraphReader(in);
  }

  /** The summary of the ONNX model in {@code file}; 422 when it is not one. */
  public static OnnxSummary inspect(Path file) {
    try (InputStream stream = Files.newInputStream(file)) {
      return inspect(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the artifact " + file, e);
    }
  }

  /**
   * The summary of the ONNX model read from {@code stream}, which is left open; 422 when it is not
   * one.
   */
  public static OnnxSummary inspect(InputStream stream) throws IOException {
    OnnxInspector model = new OnnxInspector(CodedInputStream.newInstance(stream, BUFFER_BYTES));
    try {
      if (model.in.isAtEnd()) {
        throw refused("the artifact is empty");
      }
      ProtoFields.fields(model.in, model::modelField);
    } catch (InvalidProtocolBufferException e) {
      throw refused("it is not a well-formed protobuf ModelProto (" + e.getMessage() + ")");
    }
    return model.summary();
  }

  static Unprocessable refused(String reason) {
    return new Unprocessable(
        "invalid-artifact", "the artifact is not a valid ONNX model: " + reason);
  }

  private boolean modelField(int tag) throws IOException {
    switch (tag) {
      case MODEL_IR_VERSION -> irVersion = in.readInt64();
      case MODEL_PRODUCER_NAME -> producer = ProtoFields.string(in, PRODUCER_MAX_BYTES);
      case MODEL_OPSET_IMPORT ->
          opsetImport(
              ProtoFields.small(
                  in, OperatorSetIdProto.parser(), OPSET_MAX_BYTES, "an opset import"));
      case MODEL_GRAPH -> {
        hasGraph = true;
        graph.read();
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void opsetImport(OperatorSetIdProto opset) {
    if (opset.getDomain().isEmpty() || opset.getDomain().equals("ai.onnx")) {
      opsetVersion = opset.getVersion();
    }
  }

  private OnnxSummary summary() {
    if (irVersion == null) {
      throw refused("it has no ir_version");
    }
    if (irVersion < 1) {
      throw refused("its ir_version " + irVersion + " is not positive");
    }
    if (!hasGraph) {
      throw refused("it has no graph");
    }
    if (graph.nodeCount == 0) {
      throw refused("its graph has no nodes");
    }
    if (graph.outputs.isEmpty()) {
      throw refused("its graph declares no outputs");
    }
    List<TensorSpec> fed =
        graph.inputs.stream()
            .filter(i -> !graph.initializers.contains(i.getName()))
            .map(OnnxTypes::spec)
            .toList();
    List<TensorSpec> produced = graph.outputs.stream().map(OnnxTypes::spec).toList();
    String producedBy = producer == null || producer.isBlank() ? null : producer;
    return new OnnxSummary(irVersion, opsetVersion, producedBy, graph.nodeCount, fed, produced);
  }
}
