package io.edgewise.base.paging;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields a list may be sorted by, as {@link PageRequest#sort} takes them: API name to
 * attribute.
 */
public final class SortableFields {

  private SortableFields() {}

  /** Fields whose API names are the entity's attribute names. */
  public static Map<String, String> named(String... attributes) {
    return Arrays.stream(attributes)
        .collect(Collectors.toUnmodifiableMap(a -> a, Function.identity()));
  }
}
