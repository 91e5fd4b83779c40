package io.edgewise.base.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  /** Runs {@code query} for the requested page and maps its rows. */
  public static <E, T> PageResult<T> of(
      PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
    long total = query.count();
    List<T> items = query.page(request.toPage()).list().stream().map(mapper).toList();
    int totalPages = (int) ((total + request.size() - 1) / request.size());
    return new PageResult<>(items, request.page(), request.size(), total, totalPages);
  }

  public <R> PageResult<R> map(Function<T, R> mapper) {
    return new PageResult<>(
        items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
