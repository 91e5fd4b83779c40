package io.edgewise.agent.serving.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.edgewise.agent.serving.tensor.BadTensorException;
import io.edgewise.agent.serving.tensor.JsonTensors;
import io.edgewise.agent.serving.tensor.Npy;
import io.edgewise.agent.serving.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Encodes a 200 answer: JSON {@code {"deploymentId","cut","outputs","ms"}}, or .npy bytes when
 * asked for one output.
 */
final class AnswerEncoder {

  private static final JsonFactory JSON = new JsonFactory();

  private AnswerEncoder() {}

  /** An encoded answer body and its media type. */
  record Answer(String mediaType, byte[] body) {}

  static boolean wantsNpy(String accept) {
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(Npy.MEDIA_TYPE);
  }

  static Answer encode(InferenceHandler.Admitted admitted, List<Tensor> outputs, boolean npy)
      throws IOException {
    if (npy) {
      if (outputs.size() != 1) {
        throw new BadTensorException(
            "the model has "
                + outputs.size()
                + " outputs; a .npy answer carries one (ask for application/json)");
      }
      return new Answer(Npy.MEDIA_TYPE, Npy.write(outputs.get(0)));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = JSON.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("deploymentId", admitted.route().deploymentId());
      out.writeStringField("cut", admitted.cut());
      out.writeArrayFieldStart("outputs");
      for (Tensor output : outputs) {
        JsonTensors.write(out, output);
      }
      out.writeEndArray();
      out.writeNumberField(
          "ms", Math.round((System.nanoTime() - admitted.arrivedNanos()) / 1e4) / 100.0);
      out.writeEndObject();
    }
    return new Answer("application/json", bytes.toByteArray());
  }
}
