package io.edgewise.ui.base;

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
 * The one bridge from a lazy grid ({@code grid.setItems(query -> …, query -> …)}) to the services'
 * paged lists: a Vaadin query's offset, limit and sort orders become the services' page requests.
 * This is the only UI class that builds page requests, so views pass lambdas over them and never
 * name the request type.
 */
public final class ServicePages {

  private ServicePages() {}

  /**
   * The rows the grid asks for, read as pages of a size that divides both offset and limit (so no
   * row is fetched twice or skipped), at most {@link PageRequest#MAX_SIZE} each. The grid's first
   * sort order wins; without one the service sorts by {@code defaultSort} ({@code field} or {@code
   * -field}).
   */
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

  /**
   * Every item a choice needs (a select's options), as the first page of the largest size the
   * services allow, sorted by {@code sort}.
   */
  public static <T> List<T> firstPageOfAll(
      String sort, Function<PageRequest, PageResult<T>> service) {
    return service.apply(new PageRequest(0, PageRequest.MAX_SIZE, sort)).items();
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
