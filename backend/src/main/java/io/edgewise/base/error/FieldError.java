package io.edgewise.base.error;

/**
 * One invalid field: {@code field} is a JSON path such as {@code devices[41].linkMbps}, or the name
 * of a query parameter.
 */
public record FieldError(String field, String message) {}
