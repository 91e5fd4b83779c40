package io.edgewise.base.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/**
 * Paging and sorting query parameters shared by every list endpoint: {@code page} (from 0), {@code
 * size} (1..{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) and {@code sort} (a field name,
 * prefixed with {@code -} for descending).
 */
public class PageParams {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  @QueryParam("page")
  @DefaultValue("0")
  public int page;

  @QueryParam("size")
  @DefaultValue("" + DEFAULT_SIZE)
  public int size;

  @QueryParam("sort")
  public String sort;

  public PageParams() {}

  public PageParams(int page, int size, String sort) {
    this.page = page;
    this.size = size;
    this.sort = sort;
  }

  /** The validated page; 400 naming the parameter when it is out of range. */
  public Page page() {
    if (page < 0) {
      throw ProblemException.invalid(
          "page must be 0 or more", List.of(new Problem.FieldError("page", "must be 0 or more")));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ProblemException.invalid(
          "size must be between 1 and " + MAX_SIZE,
          List.of(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE)));
    }
    return Page.of(page, size);
  }

  /**
   * The sort, resolved against the resource's sortable fields (API name to entity attribute); 400
   * for an unknown field. The id breaks ties so pages are stable.
   */
  public Sort sort(Map<String, String> sortable, String defaultField) {
    String requested = sort == null || sort.isBlank() ? defaultField : sort.trim();
    boolean descending = requested.startsWith("-");
    String field = descending ? requested.substring(1) : requested;
    String attribute = sortable.get(field);
    if (attribute == null) {
      throw ProblemException.invalid(
          "cannot sort by '" + field + "'",
          List.of(
              new Problem.FieldError(
                  "sort", "must be one of " + sortable.keySet().stream().sorted().toList())));
    }
    Sort order = descending ? Sort.descending(attribute) : Sort.ascending(attribute);
    return order.and("id");
  }
}
