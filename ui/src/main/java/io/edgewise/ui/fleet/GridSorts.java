package io.edgewise.ui.fleet;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.edgewise.base.api.PageParams;

/** Turns a lazy grid's query into the services' page parameters: one page, one sort field. */
public final class GridSorts {

  private GridSorts() {}

  /**
   * The page the grid asks for. Vaadin's data communicator asks page-aligned ranges, so
   * {@code offset / limit} is the page number; the limit never exceeds {@link PageParams#MAX_SIZE}.
   */
  public static PageParams page(Query<?, ?> query, String defaultSort) {
    int size = Math.min(Math.max(query.getLimit(), 1), PageParams.MAX_SIZE);
    return new PageParams(query.getOffset() / size, size, sort(query, defaultSort));
  }

  /** The first sort order as the API writes it ({@code field} or {@code -field}), else {@code defaultSort}. */
  public static String sort(Query<?, ?> query, String defaultSort) {
    return query.getSortOrders().stream().findFirst()
        .map(QuerySortOrder::getSorted)
        .map(field -> query.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING ? "-" + field : field)
        .orElse(defaultSort);
  }
}
