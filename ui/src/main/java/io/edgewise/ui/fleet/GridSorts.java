package io.edgewise.ui.fleet;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import io.edgewise.base.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns a lazy grid's query into the services' page parameters: pages of the query's size, one sort
 * field.
 */
public final class GridSorts {

  private GridSorts() {}

  /**
   * The rows the grid asks for, fetched as pages of {@code query.getLimit()} rows. Vaadin's data
   * communicator asks page-aligned ranges, so this is one page; an unaligned range takes two pages.
   */
  public static <T> Stream<T> fetch(
      Query<?, ?> query, String defaultSort, Function<PageRequest, List<T>> pages) {
    int size = Math.min(Math.max(query.getLimit(), 1), PageRequest.MAX_SIZE);
    int page = query.getOffset() / size;
    int skip = query.getOffset() - page * size;
    String sort = sort(query, defaultSort);
    List<T> rows = new ArrayList<>(pages.apply(new PageRequest(page, size, sort)));
    if (skip > 0 && rows.size() == size) {
      rows.addAll(pages.apply(new PageRequest(page + 1, size, sort)));
    }
    return rows.stream().skip(skip).limit(size);
  }

  /**
   * The first sort order as the API writes it ({@code field} or {@code -field}), else {@code
   * defaultSort}.
   */
  public static String sort(Query<?, ?> query, String defaultSort) {
    return query.getSortOrders().stream()
        .findFirst()
        .map(
            order ->
                order.getDirection() == SortDirection.DESCENDING
                    ? "-" + order.getSorted()
                    : order.getSorted())
        .orElse(defaultSort);
  }
}
