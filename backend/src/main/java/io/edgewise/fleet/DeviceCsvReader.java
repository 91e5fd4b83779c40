package io.edgewise.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.TooLarge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV import with the header {@value #HEADER}; {@code labels} is {@code
 * key=value;key2=value2} and {@code status} and {@code labels} may be left out. Errors name a row
 * by its line in the file, the header being line 1, e.g. {@code row 42: linkMbps}.
 */
@ApplicationScoped
public class DeviceCsvReader {

  public static final String HEADER = "externalId,computeGflops,linkMbps,linkRttMs,status,labels";
  private static final List<String> REQUIRED =
      List.of("externalId", "computeGflops", "linkMbps", "linkRttMs");
  private static final List<String> KNOWN = List.of(HEADER.split(","));
  private static final ObjectReader RECORDS =
      new CsvMapper()
          .readerFor(String[].class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvParser.Feature.TRIM_SPACES)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES);

  @Inject DeviceRows rowRules;

  public DeviceBatch read(InputStream body) throws IOException {
    DeviceBatch batch =
        new DeviceBatch((line, field) -> "row " + line + (field == null ? "" : ": " + field));
    try (MappingIterator<String[]> records = RECORDS.readValues(body)) {
      if (!records.hasNextValue()) {
        throw new InvalidInput(
            "the CSV body is empty; its first line must be the header " + HEADER);
      }
      Map<String, Integer> columns = columns(records.nextValue());
      int rows = 0;
      while (records.hasNextValue()) {
        int line = records.getCurrentLocation().getLineNr();
        if (++rows > DeviceImportService.MAX_DEVICES) {
          throw new TooLarge(
              "an import may hold at most "
                  + DeviceImportService.MAX_DEVICES
                  + " devices; split it into several requests");
        }
        new Row(batch, line, records.nextValue(), columns).read(rowRules);
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidInput(
          "the CSV body cannot be read near line " + line + ": " + e.getOriginalMessage());
    }
    return batch;
  }

  /**
   * Column positions by name; 400 naming the header when a column is unknown, repeated or missing.
   */
  private static Map<String, Integer> columns(String[] header) {
    Map<String, Integer> columns = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      if (!KNOWN.contains(header[i])) {
        errors.add(
            new FieldError(
                "header", "unknown column '" + header[i] + "'; known columns are " + HEADER));
      } else if (columns.putIfAbsent(header[i], i) != null) {
        errors.add(new FieldError("header", "column '" + header[i] + "' appears twice"));
      }
    }
    REQUIRED.stream()
        .filter(c -> !columns.containsKey(c))
        .forEach(
            c -> errors.add(new FieldError("header", "required column '" + c + "' is missing")));
    if (!errors.isEmpty()) {
      throw new InvalidInput("line 1 must be the header " + HEADER, errors);
    }
    return columns;
  }

  /** One record: its cells parsed into a device request, or rejected field by field. */
  private record Row(DeviceBatch batch, int line, String[] cells, Map<String, Integer> columns) {

    void read(DeviceRows rowRules) {
      if (cells.length > columns.size()) {
        batch.reject(
            line,
            null,
            "has " + cells.length + " values but the header has " + columns.size() + " columns");
        return;
      }
      Set<String> unreadable = new HashSet<>();
      DeviceRequest request =
          new DeviceRequest(
              cell("externalId"),
              number("computeGflops", unreadable),
              number("linkMbps", unreadable),
              number("linkRttMs", unreadable),
              labels(unreadable),
              status(unreadable));
      rowRules.add(batch, line, request, unreadable);
    }

    private String cell(String column) {
      Integer index = columns.get(column);
      return index == null || index >= cells.length || cells[index].isEmpty() ? null : cells[index];
    }

    private Double number(String column, Set<String> unreadable) {
      String value = cell(column);
      if (value == null) {
        return null;
      }
      try {
        double number = Double.parseDouble(value);
        if (Double.isFinite(number)) {
          return number;
        }
      } catch (NumberFormatException e) {
        // not a number: rejected below, like NaN and infinities
      }
      unreadable.add(column);
      batch.reject(line, column, "'" + value + "' is not a finite number");
      return null;
    }

    private DeviceStatus status(Set<String> unreadable) {
      String value = cell("status");
      try {
        return value == null ? null : DeviceStatus.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        unreadable.add("status");
        batch.reject(
            line, "status", "'" + value + "' is not one of " + List.of(DeviceStatus.values()));
        return null;
      }
    }

    private Map<String, String> labels(Set<String> unreadable) {
      String value = cell("labels");
      Map<String, String> labels = new LinkedHashMap<>();
      for (String pair : value == null ? new String[0] : value.split(";")) {
        int eq = pair.indexOf('=');
        if (pair.isBlank()) {
          continue;
        }
        if (eq < 0
            || labels.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim()) != null) {
          unreadable.add("labels");
          batch.reject(
              line,
              "labels",
              "'" + pair.trim() + "' must be key=value, each key once, pairs separated by ';'");
          return null;
        }
      }
      return labels;
    }
  }
}
