package io.edgewise.base.paging;

import io.edgewise.base.error.InvalidInput;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Which page of a list to return: {@code page} (from 0), {@code size} (1..{@value #MAX_SIZE}) and
 * {@code sort} (a field name, prefixed with {@code -} for descending; null for the default).
 */
public record PageRequest(int page, int size, String sort) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** The validated page; {@link InvalidInput} naming the parameter when it is out of range. */
  public Page toPage() {
    if (page < 0) {
      throw InvalidInput.field("page must be 0 or more", "page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInput.field(
          "size must be between 1 and " + MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
    }
    return Page.of(page, size);
  }

  /**
   * The sort, resolved against the list's sortable fields (public name to entity attribute); {@link
   * InvalidInput} for an unknown field. The id breaks ties so pages are stable.
   */
  public Sort sort(Map<String, String> sortable, String defaultField) {
    String requested = sort == null || sort.isBlank() ? defaultField : sort.trim();
    boolean descending = requested.startsWith("-");
    String field = descending ? requested.substring(1) : requested;
    String attribute = sortable.get(field);
    if (attribute == null) {
      throw InvalidInput.field(
          "cannot sort by '" + field + "'",
          "sort",
          "must be one of " + sortable.keySet().stream().sorted().toList());
    }
    Sort order = descending ? Sort.descending(attribute) : Sort.ascending(attribute);
    return order.and("id");
  }
}
