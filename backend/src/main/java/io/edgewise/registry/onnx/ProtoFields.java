package io.edgewise.registry.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Bounded reads over the protobuf wire format: nested messages are walked field by field and
 * anything unread is skipped, so memory stays proportional to the fields a reader keeps.
 */
final class ProtoFields {

  /** Handles one field of a message; answers false to have the field skipped. */
  @FunctionalInterface
  interface FieldReader {
    boolean read(int tag) throws IOException;
  }

  private ProtoFields() {}

  /** Reads fields until the end of the input (or of the enclosing message). */
  static void fields(CodedInputStream in, FieldReader reader) throws IOException {
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      if (!reader.read(tag) && !in.skipField(tag)) {
        throw new InvalidProtocolBufferException("an end-group tag appears where no group is open");
      }
    }
  }

  /** Walks a length-delimited nested message with {@code reader}. */
  static void message(CodedInputStream in, FieldReader reader) throws IOException {
    int outer = in.pushLimit(length(in));
    fields(in, reader);
    if (in.getBytesUntilLimit() != 0) {
      throw new InvalidProtocolBufferException(
          "a nested message ends before its declared length; the file is truncated");
    }
    in.popLimit(outer);
  }

  /**
   * Parses a nested message that must stay small (at most {@code maxBytes}), e.g. a declaration.
   */
  static <T> T small(CodedInputStream in, Parser<T> parser, int maxBytes, String what)
      throws IOException {
    int length = length(in);
    if (length > maxBytes) {
      throw new InvalidProtocolBufferException(
          what + " takes " + length + " bytes, more than the " + maxBytes + " allowed");
    }
    return parser.parseFrom(in.readRawBytes(length));
  }

  /** A string field, of which at most {@code maxBytes} are kept; the rest is skipped. */
  static String string(CodedInputStream in, int maxBytes) throws IOException {
    int length = length(in);
    byte[] head = in.readRawBytes(Math.min(length, maxBytes));
    in.skipRawBytes(length - head.length);
    return new String(head, StandardCharsets.UTF_8);
  }

  private static int length(CodedInputStream in) throws IOException {
    int length = in.readRawVarint32();
    if (length < 0) {
      throw new InvalidProtocolBufferException("a field declares a negative length");
    }
    return length;
  }
}
