package io.edgewise.planning.lab.caching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain CSV trace, one request per line: {@code timestamp,item,size} (seconds, id, bytes),
 * so real traces can be replayed. A first line whose timestamp is not a number is taken as a
 * header; blank lines are skipped; timestamps must not decrease. A bad row fails with the line
 * number.
 */
public final class CsvTraceReader {

  private CsvTraceReader() {}

  public static Trace read(String name, Reader csv) {
    if (csv == null) {
      throw new IllegalArgumentException("no CSV to read");
    }
    List<Request> requests = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(csv)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || (number == 1 && isHeader(line))) {
          continue;
        }
        Request request = parse(number, line);
        if (!requests.isEmpty()
            && request.timeSeconds() < requests.get(requests.size() - 1).timeSeconds()) {
          throw new IllegalArgumentException(
              "line "
                  + number
                  + ": timestamp "
                  + request.timeSeconds()
                  + " is earlier than the line before; sort the trace by time");
        }
        requests.add(request);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Trace(name, requests);
  }

  private static boolean isHeader(String line) {
    try {
      Double.parseDouble(line.split(",", -1)[0].trim());
      return false;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static Request parse(int number, String line) {
    String[] fields = line.split(",", -1);
    if (fields.length != 3) {
      throw new IllegalArgumentException(
          "line "
              + number
              + ": expected timestamp,item,size but found "
              + fields.length
              + " fields");
    }
    try {
      return new Request(
          Double.parseDouble(fields[0].trim()), fields[1].trim(), Long.parseLong(fields[2].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "line "
              + number
              + ": timestamp must be a number and size a whole number of bytes: "
              + line,
          e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
    }
  }
}
