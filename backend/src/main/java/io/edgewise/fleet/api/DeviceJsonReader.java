package io.edgewise.fleet.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.TooLarge;
import io.edgewise.fleet.DeviceBatch;
import io.edgewise.fleet.DeviceImportService;
import io.edgewise.fleet.DeviceRequest;
import io.edgewise.fleet.DeviceRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON import body, {@code {"devices": [ {...}, ... ]}} or just the array, row by row, so
 * one bad row does not hide the others and an oversized body is refused after {@value
 * DeviceImportService#MAX_DEVICES} rows without reading the rest. Errors name fields as {@code
 * devices[41].linkMbps} in both shapes.
 */
@ApplicationScoped
public class DeviceJsonReader {

  private static final String SHAPE =
      "the body must be an array of devices or an object {\"devices\": [ ... ]}";

  @Inject ObjectMapper mapper;
  @Inject DeviceRows rowRules;

  public DeviceBatch read(InputStream body) throws IOException {
    DeviceBatch batch =
        new DeviceBatch(
            (index, field) -> "devices[" + index + "]" + (field == null ? "" : "." + field));
    boolean sawDevices = false;
    try (JsonParser parser = mapper.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readRows(parser, batch);
        return batch;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new InvalidInput(SHAPE);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        if (sawDevices || !"devices".equals(parser.currentName())) {
          throw new InvalidInput(SHAPE + "; unexpected field '" + parser.currentName() + "'");
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new InvalidInput(SHAPE + "; devices must be an array");
        }
        sawDevices = true;
        readRows(parser, batch);
      }
    }
    if (!sawDevices) {
      throw new InvalidInput(SHAPE);
    }
    return batch;
  }

  private void readRows(JsonParser parser, DeviceBatch batch) throws IOException {
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (index == DeviceImportService.MAX_DEVICES) {
        throw new TooLarge(
            "an import may hold at most "
                + DeviceImportService.MAX_DEVICES
                + " devices; split it into several requests");
      }
      JsonNode node = parser.readValueAsTree();
      if (node == null || !node.isObject()) {
        batch.reject(index, null, "must be a device object");
      } else {
        read(batch, index, node);
      }
      index++;
    }
  }

  private void read(DeviceBatch batch, int index, JsonNode node) {
    try {
      rowRules.add(batch, index, mapper.treeToValue(node, DeviceRequest.class), Set.of());
    } catch (JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
              .collect(Collectors.joining("."));
      batch.reject(index, field.isEmpty() ? null : field, describe(e));
    } catch (IOException e) {
      batch.reject(index, null, "cannot be read: " + e.getMessage());
    }
  }

  private static String describe(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field; known fields are " + u.getKnownPropertyIds();
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return "'"
          + f.getValue()
          + "' is not one of "
          + Arrays.toString(f.getTargetType().getEnumConstants());
    }
    if (e instanceof InvalidFormatException f) {
      return "'"
          + f.getValue()
          + "' is not a valid "
          + (Number.class.isAssignableFrom(f.getTargetType())
              ? "number"
              : f.getTargetType().getSimpleName());
    }
    return e.getOriginalMessage()
        .replaceAll("\\(class [^)]*\\)", "")
        .replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1");
  }
}
