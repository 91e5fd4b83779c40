package io.edgewise.base.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  /** Runs {@code query} for the requested page and maps its rows. */
  public static <E, T> PageResult<T> of(
      PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
    long total = query.count();
    List<T> items = query.page(params.page()).list().stream().map(mapper).toList();
    int totalPages = (int) ((total + params.size - 1) / params.size);
    return new PageResult<>(items, params.page, params.size, total, totalPages);
  }

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(
        items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
