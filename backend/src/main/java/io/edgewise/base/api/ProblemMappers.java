package io.edgewise.base.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.Forbidden;
import io.edgewise.base.error.InvalidInput;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} response; the one exception
 * is a failed browser sign-in, which goes back to the login page.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String CHALLENGE = "Basic realm=\"edgewise\", Bearer realm=\"edgewise\"";

  @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
  String formPostLocation;

  @ConfigProperty(name = "quarkus.http.auth.form.error-page")
  Optional<String> formErrorPage;

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return respond(e.toProblem());
  }

  @ServerExceptionMapper
  public Response refused(DomainException e) {
    return respond(DomainProblems.of(e));
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return refused(new InvalidInput("the request has invalid fields", errors));
  }

  @ServerExceptionMapper
  public Response malformed(JsonParseException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return refused(new InvalidInput("the body is not well-formed JSON" + where));
  }

  /**
   * Declared separately: Quarkus REST ships a mapper for this subtype that answers with an empty
   * body.
   */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    return mistyped(e);
  }

  @ServerExceptionMapper
  public Response mistyped(JsonMappingException e) {
    String field = JsonPaths.of(e.getPath());
    String message;
    if (e instanceof UnrecognizedPropertyException u) {
      message = "unknown field; known fields are " + u.getKnownPropertyIds();
    } else if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      message =
          "'"
              + f.getValue()
              + "' is not one of "
              + Arrays.toString(f.getTargetType().getEnumConstants());
    } else if (e instanceof InvalidFormatException f) {
      message = "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType());
    } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      message = v.getCause().getMessage();
    } else {
      message =
          e.getOriginalMessage()
              .replaceAll("\\(class [^)]*\\)", "")
              .replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1");
    }
    if (field.isEmpty()) {
      return refused(new InvalidInput("the body does not match the expected shape: " + message));
    }
    return refused(InvalidInput.field("field " + field + " is invalid", field, message));
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e) {
    return unauthorized();
  }

  @ServerExceptionMapper
  public Response badCredentials(AuthenticationFailedException e, HttpServerRequest request) {
    // With lazy authentication the failed form post lands here too; a browser wants the form back
    // with an error.
    if (formErrorPage.isPresent()
        && request.method() == HttpMethod.POST
        && formPostLocation.equals(request.path())) {
      return Response.status(Response.Status.FOUND)
          .location(URI.create(formErrorPage.get()))
          .build();
    }
    return unauthorized();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return refused(new Forbidden("your role does not allow this operation"));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParseException parse) {
        return malformed(parse);
      }
      if (cause instanceof JsonMappingException mapping) {
        return mistyped(mapping);
      }
    }
    int status = e.getResponse().getStatus();
    String detail =
        switch (status) {
          case 404 -> "no such resource";
          case 405 -> "this method is not allowed here";
          case 406 -> "the requested media type cannot be produced";
          case 413 -> "the request body is too large";
          case 415 -> "unsupported content type";
          default -> Optional.ofNullable(e.getMessage()).orElse("request failed");
        };
    String slug =
        switch (status) {
          case 404 -> "not-found";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          default -> "http-" + status;
        };
    return respond(
        new ProblemException(
                status,
                slug,
                Response.Status.fromStatusCode(status) == null
                    ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(),
                detail,
                List.of())
            .toProblem());
  }

  /** Failures that surface wrapped (database constraints, optimistic locking) or are unexpected. */
  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        return problem(p);
      }
      if (t instanceof DomainException d) {
        return refused(d);
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return refused(
            new Conflict("the resource was changed by someone else; fetch it again and retry"));
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
        return refused(DatabaseConstraints.refusalFor(c));
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "unexpected failure, incident %s", incident);
    return respond(
        new ProblemException(
                500,
                "internal",
                "Internal error",
                "an unexpected error occurred; incident " + incident,
                List.of())
            .toProblem());
  }

  private static Response unauthorized() {
    Response response =
        respond(
            new ProblemException(
                    401,
                    "unauthorized",
                    "Unauthorized",
                    "valid credentials are required: HTTP Basic with a local account, or a Bearer"
                        + " API token",
                    List.of())
                .toProblem());
    return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      if (node.getIndex() != null && !field.isEmpty()) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "number";
    }
    return type == UUID.class ? "UUID" : type.getSimpleName();
  }
}
