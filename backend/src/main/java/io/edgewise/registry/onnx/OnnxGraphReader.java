package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks an ONNX {@code GraphProto} on the wire: counts nodes (reading only their op type), notes
 * initializer names (skipping their data) and parses the input and output declarations.
 */
final class OnnxGraphReader {

  private static final int DELIMITED = WireFormat.WIRETYPE_LENGTH_DELIMITED;
  private static final int GRAPH_NODE = 1 << 3 | DELIMITED;
  private static final int GRAPH_INITIALIZER = 5 << 3 | DELIMITED;
  private static final int GRAPH_INPUT = 11 << 3 | DELIMITED;
  private static final int GRAPH_OUTPUT = 12 << 3 | DELIMITED;
  private static final int NODE_OP_TYPE = 4 << 3 | DELIMITED;
  private static final int TENSOR_NAME = 8 << 3 | DELIMITED;
  private static final int TENSOR_DATA_LOCATION = 14 << 3 | WireFormat.WIRETYPE_VARINT;
  private static final int DATA_LOCATION_EXTERNAL = 1;
  private static final int STRING_MAX_BYTES = 4096;
  private static final int DECLARATION_MAX_BYTES = 1 << 20;

  private final CodedInputStream in;
  int nodeCount;
  final List<ValueInfoProto> inputs = new ArrayList<>();
  final List<ValueInfoProto> outputs = new ArrayList<>();
  final Set<String> initializers = new HashSet<>();
  private String opType;
  private String tensorName;
  private boolean tensorExternal;

  OnnxGraphReader(CodedInputStream in) {
    this.in = in;
  }

  /**
   * Reads one length-delimited {@code GraphProto}; a model may carry its graph in several pieces.
   */
  void read() throws IOException {
    ProtoFields.message(in, this::graphField);
  }

  private boolean graphField(int tag) throws IOException {
    switch (tag) {
      case GRAPH_NODE -> node();
      case GRAPH_INITIALIZER -> initializer();
      case GRAPH_INPUT ->
          inputs.add(
              ProtoFields.small(
                  in, ValueInfoProto.parser(), DECLARATION_MAX_BYTES, "a graph input"));
      case GRAPH_OUTPUT ->
          outputs.add(
              ProtoFields.small(
                  in, ValueInfoProto.parser(), DECLARATION_MAX_BYTES, "a graph output"));
      default -> {
        return false;
      }
    }
    return true;
  }

  private void node() throws IOException {
    opType = "";
    ProtoFields.message(in, this::nodeField);
    nodeCount++;
    if (opType.isBlank()) {
      throw OnnxInspector.refused("node " + nodeCount + " of its graph has no op_type");
    }
  }

  private boolean nodeField(int tag) throws IOException {
    if (tag != NODE_OP_TYPE) {
      return false;
    }
    opType = ProtoFields.string(in, STRING_MAX_BYTES);
    return true;
  }

  private void initializer() throws IOException {
    tensorName = "";
    tensorExternal = false;
    ProtoFields.message(in, this::tensorField);
    if (tensorExternal) {
      throw OnnxInspector.refused(
          "initializer '"
              + tensorName
              + "' keeps its data in an external file, which a single-file upload cannot carry");
    }
    initializers.add(tensorName);
  }

  private boolean tensorField(int tag) throws IOException {
    switch (tag) {
      case TENSOR_NAME -> tensorName = ProtoFields.string(in, STRING_MAX_BYTES);
      case TENSOR_DATA_LOCATION -> tensorExternal = in.readEnum() == DATA_LOCATION_EXTERNAL;
      default -> {
        return false;
      }
    }
    return true;
  }
}
