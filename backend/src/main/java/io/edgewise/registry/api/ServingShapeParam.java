package io.edgewise.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code servingShape} query parameter of an upload, a JSON object such as {@code
 * {"x":[1,3,640,640]}} (the body is the artifact itself, so the shape travels beside it).
 */
final class ServingShapeParam {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, List<Long>>> SHAPE = new TypeReference<>() {};

  private ServingShapeParam() {}

  /** The declared shape; null when the parameter is absent or blank; 400 when it is not one. */
  static Map<String, List<Long>> parse(String param) {
    if (param == null || param.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(param, SHAPE);
    } catch (JsonProcessingException e) {
      String problem =
          "must be a JSON object of input name to dimension list, e.g. {\"x\":[1,3,640,640]}";
      throw new InvalidInput(
          "servingShape " + problem, List.of(new FieldError("servingShape", problem)));
    }
  }
}
