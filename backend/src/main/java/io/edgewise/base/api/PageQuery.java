package io.edgewise.base.api;

import io.edgewise.base.paging.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging and sorting query parameters shared by every list endpoint, bound with {@code
 * BeanParam}: {@code page} (from 0), {@code size} (default {@value PageRequest#DEFAULT_SIZE}) and
 * {@code sort}. Services see only the {@link PageRequest}, which validates them.
 */
public class PageQuery {

  @QueryParam("page")
  @DefaultValue("0")
  public int page;

  @QueryParam("size")
  @DefaultValue("" + PageRequest.DEFAULT_SIZE)
  public int size;

  @QueryParam("sort")
  public String sort;

  public PageRequest toRequest() {
    return new PageRequest(page, size, sort);
  }
}
