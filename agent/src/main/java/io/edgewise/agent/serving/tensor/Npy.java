package io.edgewise.agent.serving.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} files (format versions 1 to 3): little-endian {@code <f4}, {@code <i8}, {@code
 * <i4}, C order.
 */
public final class Npy {

  public static final String MEDIA_TYPE = "application/x-npy";
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /** Reads one array; {@code name} is the input it is for (may be null). */
  public static Tensor read(byte[] file, String name) {
    if (file.length < 10 || !Arrays.equals(Arrays.copyOf(file, 6), MAGIC)) {
      throw new BadTensorException("the body is not a .npy file (no \\x93NUMPY magic)");
    }
    int major = file[6];
    ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int headerStart = major == 1 ? 10 : 12;
    if (major < 1 || major > 3 || file.length < headerStart) {
      throw new BadTensorException(
          ".npy format version " + major + " is not supported (1 to 3 are)");
    }
    long headerLength =
        major == 1
            ? Short.toUnsignedInt(buffer.getShort(8))
            : Integer.toUnsignedLong(buffer.getInt(8));
    if (headerStart + headerLength > file.length) {
      throw new BadTensorException("the .npy header is longer than the body");
    }
    String header =
        new String(
            file,
            headerStart,
            (int) headerLength,
            major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr = group(DESCR, header, "descr");
    DType dtype =
        DType.ofNpy(descr)
            .orElseThrow(
                () ->
                    new BadTensorException(
                        ".npy dtype '"
                            + descr
                            + "' is not supported; send little-endian <f4, <i8 or <i4"));
    if (group(FORTRAN, header, "fortran_order").equals("True")) {
      throw new BadTensorException(
          "the .npy array is in Fortran order; send it in C order (numpy.ascontiguousarray)");
    }
    long[] shape =
        Arrays.stream(group(SHAPE, header, "shape").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .mapToLong(Npy::dimension)
            .toArray();
    int dataStart = (int) (headerStart + headerLength);
    return new Tensor(name, dtype, shape, Arrays.copyOfRange(file, dataStart, file.length));
  }

  /** Writes a version 1 file, its header padded to 64 bytes as NumPy does. */
  public static byte[] write(Tensor tensor) {
    long[] shape = tensor.shape();
    String dims =
        shape.length == 1
            ? shape[0] + ","
            : String.join(", ", Arrays.stream(shape).mapToObj(Long::toString).toList());
    StringBuilder header =
        new StringBuilder(
            "{'descr': '"
                + tensor.dtype().npy()
                + "', 'fortran_order': False, 'shape': ("
                + dims
                + "), }");
    while ((10 + header.length() + 1) % 64 != 0) {
      header.append(' ');
    }
    header.append('\n');
    byte[] head = header.toString().getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer out =
        ByteBuffer.allocate(10 + head.length + tensor.data().length).order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC)
        .put((byte) 1)
        .put((byte) 0)
        .putShort((short) head.length)
        .put(head)
        .put(tensor.data());
    return out.array();
  }

  private static String group(Pattern pattern, String header, String key) {
    Matcher matcher = pattern.matcher(header);
    if (!matcher.find()) {
      throw new BadTensorException("the .npy header has no readable '" + key + "'");
    }
    return matcher.group(1);
  }

  private static long dimension(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadTensorException(
          "the .npy shape has a dimension '" + text + "' that is not a number");
    }
  }
}
