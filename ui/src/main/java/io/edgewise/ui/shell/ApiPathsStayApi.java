package io.edgewise.ui.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.base.api.Problem;
import io.edgewise.base.api.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Keeps Vaadin's catch-all servlet off the API: a request under {@code /api/} or {@code /q/}
 * reaches the servlet container only when no REST resource or Quarkus endpoint matched it, and it
 * must get the API's 404 problem document, not the UI's index page.
 */
@WebFilter(urlPatterns = {"/api/*", "/q/*"})
public class ApiPathsStayApi extends HttpFilter {

  @Inject ObjectMapper json;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Problem problem =
        new ProblemException(404, "not-found", "Not Found", "no such resource", List.of())
            .toProblem();
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
