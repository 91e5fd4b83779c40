package io.edgewise.fleet;

import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The devices of one bulk import as read from the request, with every problem found so far. Rows
 * are identified by their position in the source (array index for JSON, line number for CSV) and
 * errors name them the way the source format does, e.g. {@code devices[41].linkMbps} or {@code row
 * 42: linkMbps}.
 */
public final class DeviceBatch {

  /** How a format names a field of the row at a position. */
  @FunctionalInterface
  public interface FieldNaming {
    String name(int position, String field);
  }

  /** A row that passed field validation. */
  public record Row(int position, DeviceData data) {}

  /**
   * One bad field of a row, as found so far.
   *
   * @param field the field (column) name, or null when the whole row is bad
   */
  public record RowError(int position, String field, String message) {}

  private final FieldNaming naming;
  private final List<Row> rows = new ArrayList<>();
  private final List<RowError> errors = new ArrayList<>();

  public DeviceBatch(FieldNaming naming) {
    this.naming = naming;
  }

  public void accept(int position, DeviceData data) {
    rows.add(new Row(position, data));
  }

  /** Records a bad field of the row at {@code position}. */
  public void reject(int position, String field, String message) {
    errors.add(new RowError(position, field, message));
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /**
   * Every bad field found so far, by position; the rows they belong to are not in {@link #rows()}.
   */
  public List<RowError> errors() {
    return errors.stream().sorted(Comparator.comparingInt(RowError::position)).toList();
  }

  public boolean isEmpty() {
    return rows.isEmpty() && errors.isEmpty();
  }

  /** Rejects every row whose external id an earlier row of the batch already uses. */
  void rejectDuplicateExternalIds() {
    Map<String, Integer> firstSeen = new HashMap<>();
    for (Row row : rows) {
      Integer first = firstSeen.putIfAbsent(row.data().externalId(), row.position());
      if (first != null) {
        reject(
            row.position(),
            "externalId",
            "'"
                + row.data().externalId()
                + "' is already used by "
                + naming.name(first, "externalId"));
      }
    }
  }

  /** 400 listing every bad row, ordered by position, when any row was rejected. */
  void requireValid() {
    if (errors.isEmpty()) {
      return;
    }
    List<FieldError> ordered =
        errors().stream()
            .map(e -> new FieldError(naming.name(e.position(), e.field()), e.message()))
            .toList();
    long badRows = errors.stream().mapToInt(RowError::position).distinct().count();
    throw new InvalidInput(
        badRows + " of the imported devices are invalid; nothing was imported", ordered);
  }
}
