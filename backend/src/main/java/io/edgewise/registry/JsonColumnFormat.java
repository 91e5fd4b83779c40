package io.edgewise.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.io.IOException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How Hibernate writes {@code jsonb} columns (a version's inputs and outputs): with a plain Jackson
 * mapper of its own, so settings meant for the REST API never change what is stored. Quarkus refuses to
 * start with JSON columns and no such choice. It serves the whole persistence unit; setting
 * {@code quarkus.hibernate-orm.mapping.format.global=ignore} instead would make it unnecessary.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumnFormat implements FormatMapper {

  private final FormatMapper jackson = new JacksonJsonFormatMapper(new ObjectMapper().findAndRegisterModules());

  @Override
  public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
    return jackson.fromString(json, type, options);
  }

  @Override
  public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
    return jackson.toString(value, type, options);
  }

  @Override
  public boolean supportsSourceType(Class<?> sourceType) {
    return jackson.supportsSourceType(sourceType);
  }

  @Override
  public boolean supportsTargetType(Class<?> targetType) {
    return jackson.supportsTargetType(targetType);
  }

  @Override
  public <T> void writeToTarget(T value, JavaType<T> type, Object target, WrapperOptions options) throws IOException {
    jackson.writeToTarget(value, type, target, options);
  }

  @Override
  public <T> T readFromSource(JavaType<T> type, Object source, WrapperOptions options) throws IOException {
    return jackson.readFromSource(type, source, options);
  }
}
