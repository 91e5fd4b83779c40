package io.edgewise.agent.serving.http;

import io.edgewise.agent.serving.tensor.JsonTensors;
import io.edgewise.agent.serving.tensor.Npy;
import io.edgewise.agent.serving.tensor.RawTensors;
import io.edgewise.agent.serving.tensor.Tensor;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;

/**
 * The request body formats, by {@code Content-Type}; NPY and raw bodies carry one tensor ({@code
 * ?input=name} names it).
 */
enum BodyFormat {
  JSON,
  NPY,
  RAW;

  /**
   * The format for a {@code Content-Type} header (parameters ignored), or null when unsupported.
   */
  static BodyFormat of(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/json" -> JSON;
      case Npy.MEDIA_TYPE -> NPY;
      case "application/octet-stream" -> RAW;
      default -> null;
    };
  }

  List<Tensor> read(byte[] body, HttpServerRequest request) {
    String input = request.getParam("input");
    return switch (this) {
      case JSON -> JsonTensors.read(body);
      case NPY -> List.of(Npy.read(body, input));
      case RAW ->
          List.of(
              RawTensors.read(
                  body,
                  request.getHeader(RawTensors.SHAPE_HEADER),
                  request.getHeader(RawTensors.DTYPE_HEADER),
                  input));
    };
  }
}
