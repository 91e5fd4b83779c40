package io.edgewise.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 upload written by hand over a socket, so a test decides when each part of the body is
 * sent and can read the answer before the body is complete; HTTP clients hide both.
 */
final class RawUpload implements AutoCloseable {

  /** The status, headers (lower-case names) and body of the server's answer. */
  record Answer(int status, Map<String, String> headers, String body) {}

  private final Socket socket;
  private final OutputStream out;

  private RawUpload(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
  }

  /** Opens the connection and sends a POST's head with Basic credentials and {@code headers}. */
  static RawUpload post(
      int port, String target, String user, String password, Map<String, String> headers)
      throws IOException {
    RawUpload upload = new RawUpload(new Socket("localhost", port));
    StringBuilder head =
        new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
            .append("Authorization: Basic ")
            .append(
                Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .append("\r\nContent-Type: application/octet-stream\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    upload.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    upload.out.flush();
    return upload;
  }

  /** Sends body bytes as they are (for a body with a Content-Length). */
  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends one chunk of a chunked body. */
  void sendChunk(byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  void endChunks() throws IOException {
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Waits up to {@code timeout} for the server's answer, whatever has been sent so far. */
  Answer answer(Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    InputStream in = socket.getInputStream();
    String statusLine = line(in);
    Map<String, String> headers = new HashMap<>();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line(in), 16);
          size > 0;
          size = Integer.parseInt(line(in), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
    } else {
      body.write(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))));
    }
    return new Answer(
        Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the server closed the connection mid-answer");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.US_ASCII).stripTrailing();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
