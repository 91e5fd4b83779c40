package io.edgewise.base.api;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/**
 * Renders a Jackson reference path as the JSON path clients see, e.g. {@code devices[3].linkMbps}.
 */
final class JsonPaths {

  private JsonPaths() {}

  static String of(List<Reference> path) {
    StringBuilder out = new StringBuilder();
    for (Reference ref : path) {
      if (ref.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
