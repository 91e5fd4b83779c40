package io.edgewise.ui.fleet;

import io.edgewise.base.error.DomainException;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.fleet.DeviceBatch;
import io.edgewise.fleet.DeviceBatch.Row;
import io.edgewise.fleet.DeviceCsvReader;
import io.edgewise.fleet.ImportResult;
import io.edgewise.ui.shell.Notices;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A CSV device import driven in steps: {@link #read} checks every row of the file first (same
 * reader and rules as the REST import), then each {@link #step} writes the next {@value #CHUNK}
 * valid rows in one transaction. A chunk is all or nothing: when the service rejects some of its
 * rows (a device the fleet already has, without upsert) those rows are reported and the rest of the
 * chunk is written; when it fails as a whole, all its rows are reported with the reason.
 */
public final class CsvImportJob {

  /**
   * Writes one batch of devices into the fleet in one transaction, as the device import service
   * does; throws its refusal, with the refused rows recorded in the batch's errors.
   */
  @FunctionalInterface
  public interface Writer {
    ImportResult write(UUID fleetId, DeviceBatch batch, boolean upsert);
  }

  /** Rows written per step: one step per poll tick keeps each request short. */
  public static final int CHUNK = 500;

  /**
   * A rejected row: its line in the file (the header is line 1), the column (may be empty) and why.
   */
  public record RowProblem(int row, String column, String message) {}

  private final UUID fleetId;
  private final boolean upsert;
  private final List<Row> rows;
  private final List<RowProblem> problems = new ArrayList<>();
  private final int rejectedWhileReading;
  private int next;
  private int created;
  private int updated;

  private CsvImportJob(
      UUID fleetId, boolean upsert, List<Row> rows, List<RowProblem> readProblems) {
    this.fleetId = fleetId;
    this.upsert = upsert;
    this.rows = rows;
    this.problems.addAll(readProblems);
    this.rejectedWhileReading =
        (int) readProblems.stream().mapToInt(RowProblem::row).distinct().count();
  }

  /**
   * Reads and checks the whole file; nothing is written yet. A file that is not a readable device
   * CSV (empty, wrong header, too many rows) is refused with the reader's problem.
   */
  public static CsvImportJob read(
      DeviceCsvReader reader, UUID fleetId, byte[] csv, boolean upsert) {
    DeviceBatch batch;
    try {
      batch = reader.read(new ByteArrayInputStream(csv));
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory file cannot fail to read", e);
    }
    List<RowProblem> found = new ArrayList<>();
    batch
        .errors()
        .forEach(
            e ->
                found.add(
                    new RowProblem(e.position(), e.field() == null ? "" : e.field(), e.message())));
    Map<String, Integer> firstRow = new HashMap<>();
    List<Row> valid = new ArrayList<>();
    for (Row row : batch.rows()) {
      Integer first = firstRow.putIfAbsent(row.data().externalId(), row.position());
      if (first == null) {
        valid.add(row);
      } else {
        found.add(
            new RowProblem(
                row.position(),
                "externalId",
                "'" + row.data().externalId() + "' is already used by row " + first));
      }
    }
    if (valid.isEmpty() && found.isEmpty()) {
      throw new InvalidInput("the file holds a header but no devices");
    }
    return new CsvImportJob(fleetId, upsert, valid, found);
  }

  /** Writes the next chunk; does nothing once {@link #done()}. */
  public void step(Writer imports) {
    if (done()) {
      return;
    }
    List<Row> chunk = rows.subList(next, Math.min(next + CHUNK, rows.size()));
    next += chunk.size();
    try {
      write(imports, chunk);
    } catch (DomainException whole) {
      chunk.forEach(
          row -> problems.add(new RowProblem(row.position(), "", Notices.describe("This", whole))));
    }
  }

  /** Writes the rows; when some are refused, reports those and writes the others once more. */
  private void write(Writer imports, List<Row> chunk) {
    DeviceBatch batch = batchOf(chunk);
    try {
      count(imports.write(fleetId, batch, upsert));
    } catch (DomainException refused) {
      if (batch.errors().isEmpty()) {
        throw refused;
      }
      Set<Integer> bad = new HashSet<>();
      batch
          .errors()
          .forEach(
              e -> {
                bad.add(e.position());
                problems.add(
                    new RowProblem(e.position(), e.field() == null ? "" : e.field(), e.message()));
              });
      List<Row> rest = chunk.stream().filter(row -> !bad.contains(row.position())).toList();
      if (!rest.isEmpty()) {
        count(imports.write(fleetId, batchOf(rest), upsert));
      }
    }
  }

  private static DeviceBatch batchOf(List<Row> chunk) {
    DeviceBatch batch =
        new DeviceBatch((row, field) -> "row " + row + (field == null ? "" : ": " + field));
    chunk.forEach(row -> batch.accept(row.position(), row.data()));
    return batch;
  }

  private void count(ImportResult result) {
    created += result.created();
    updated += result.updated();
  }

  public boolean done() {
    return next >= rows.size();
  }

  /** Valid rows handled so far (written or refused by the service). */
  public int processed() {
    return next;
  }

  /** Rows that passed the checks and are to be written. */
  public int total() {
    return rows.size();
  }

  public double progress() {
    return rows.isEmpty() ? 1 : (double) next / rows.size();
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }

  public int rejectedWhileReading() {
    return rejectedWhileReading;
  }

  /** Rows not written, each counted once. */
  public int rejected() {
    return (int) problems.stream().mapToInt(RowProblem::row).distinct().count();
  }

  /** Every problem found, by row. */
  public List<RowProblem> problems() {
    return problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
  }
}
