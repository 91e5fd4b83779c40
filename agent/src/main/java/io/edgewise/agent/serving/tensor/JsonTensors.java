package io.edgewise.agent.serving.tensor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of tensors: {@code {"inputs": [{"name", "shape", "dtype", "data": [flat, C
 * order]}]}} in, {@code {"name", "shape", "dtype", "data"}} objects out.
 */
public final class JsonTensors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonTensors() {}

  /** Reads a request body; a missing {@code dtype} means FLOAT32, a missing {@code name} null. */
  public static List<Tensor> read(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadTensorException("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadTensorException("the body could not be read: " + e.getMessage());
    }
    JsonNode inputs = root == null ? null : root.get("inputs");
    if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
      throw new BadTensorException(
          "the body needs \"inputs\": a non-empty list of {\"name\", \"shape\", \"dtype\","
              + " \"data\"}");
    }
    List<Tensor> tensors = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      tensors.add(tensor(inputs.get(i), "inputs[" + i + "]"));
    }
    return tensors;
  }

  private static Tensor tensor(JsonNode node, String where) {
    JsonNode name = node.get("name");
    JsonNode shape = node.get("shape");
    JsonNode data = node.get("data");
    if (shape == null || !shape.isArray() || data == null || !data.isArray()) {
      throw new BadTensorException(
          where + " needs \"shape\" (a list of sizes) and \"data\" (a flat list of numbers)");
    }
    String label = name != null && name.isTextual() ? "'" + name.asText() + "'" : where;
    JsonNode typeName = node.get("dtype");
    DType dtype =
        typeName == null || typeName.isNull()
            ? DType.FLOAT32
            : DType.named(typeName.asText())
                .orElseThrow(
                    () ->
                        new BadTensorException(
                            label
                                + " has dtype '"
                                + typeName.asText()
                                + "'; accepted are "
                                + DType.accepted()));
    long[] dims = new long[shape.size()];
    for (int d = 0; d < dims.length; d++) {
      if (!shape.get(d).canConvertToLong() || shape.get(d).asLong() < 0) {
        throw new BadTensorException(
            label + " has shape " + shape + "; sizes must be whole numbers >= 0");
      }
      dims[d] = shape.get(d).asLong();
    }
    long count = Tensor.elements(dims);
    if (count != data.size()) {
      throw new BadTensorException(
          label
              + " has shape "
              + shape
              + " ("
              + count
              + " elements) but "
              + data.size()
              + " data values");
    }
    ByteBuffer bytes =
        ByteBuffer.allocate(Math.toIntExact(count * dtype.bytes())).order(ByteOrder.LITTLE_ENDIAN);
    for (JsonNode value : data) {
      if (!value.isNumber()) {
        throw new BadTensorException(
            label + " has a data value " + value + " that is not a number");
      }
      switch (dtype) {
        case FLOAT32 -> bytes.putFloat(value.floatValue());
        case INT64 -> bytes.putLong(value.asLong());
        case INT32 -> bytes.putInt(value.asInt());
      }
    }
    return new Tensor(
        name != null && name.isTextual() ? name.asText() : null, dtype, dims, bytes.array());
  }

  /** Writes one tensor as a JSON object. */
  public static void write(JsonGenerator out, Tensor tensor) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", tensor.name());
    out.writeArrayFieldStart("shape");
    for (long dim : tensor.shape()) {
      out.writeNumber(dim);
    }
    out.writeEndArray();
    out.writeStringField("dtype", tensor.dtype().name());
    out.writeArrayFieldStart("data");
    ByteBuffer data = ByteBuffer.wrap(tensor.data()).order(ByteOrder.LITTLE_ENDIAN);
    while (data.hasRemaining()) {
      switch (tensor.dtype()) {
        case FLOAT32 -> out.writeNumber(data.getFloat());
        case INT64 -> out.writeNumber(data.getLong());
        case INT32 -> out.writeNumber(data.getInt());
      }
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
