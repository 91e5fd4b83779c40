package io.edgewise.ui.site;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns a lazy Grid's offset/limit query into the services' page requests: pages of a size that
 * divides both offset and limit (so no row is fetched twice or skipped), at most {@link
 * PageRequest#MAX_SIZE} each.
 */
public final class LazyPages {

  private LazyPages() {}

  /** The rows the grid asks for; {@code sort} is the default sort field of the service. */
  public static <T> Stream<T> fetch(
      Query<?, ?> query, String defaultSort, Function<PageRequest, PageResult<T>> service) {
    int offset = query.getOffset();
    int limit = query.getLimit();
    int size = gcd(gcd(offset == 0 ? limit : gcd(offset, limit), PageRequest.MAX_SIZE), limit);
    String sort = sort(query.getSortOrders(), defaultSort);
    List<T> rows = new ArrayList<>(limit);
    for (int page = offset / size; page < (offset + limit) / size; page++) {
      PageResult<T> result = service.apply(new PageRequest(page, size, sort));
      rows.addAll(result.items());
      if (result.items().size() < size) {
        break;
      }
    }
    return rows.stream();
  }

  /** The number of rows, from a one-row page. */
  public static int count(Function<PageRequest, PageResult<?>> service) {
    return (int)
        Math.min(Integer.MAX_VALUE, service.apply(new PageRequest(0, 1, null)).totalItems());
  }

  private static String sort(List<QuerySortOrder> orders, String defaultSort) {
    if (orders.isEmpty()) {
      return defaultSort;
    }
    QuerySortOrder first = orders.get(0);
    return (first.getDirection() == SortDirection.DESCENDING ? "-" : "") + first.getSorted();
  }

  private static int gcd(int a, int b) {
    return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
  }
}
