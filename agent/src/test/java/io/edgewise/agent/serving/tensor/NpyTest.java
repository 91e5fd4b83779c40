package io.edgewise.agent.serving.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** .npy files as NumPy writes them: versions 1 and 2, the three dtypes, Fortran order refused. */
class NpyTest {

  @Test
  void roundTripsEachDtypeWithAHeaderAlignedTo64Bytes() {
    for (DType dtype : DType.values()) {
      Tensor tensor = new Tensor("t", dtype, new long[] {2, 3}, new byte[6 * dtype.bytes()]);
      byte[] file = Npy.write(tensor);
      int headerLength = ByteBuffer.wrap(file, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
      assertThat((10 + headerLength) % 64).isZero();
      assertThat(Npy.read(file, "t")).isEqualTo(tensor);
    }
    Tensor vector = new Tensor("v", DType.INT32, new long[] {3}, new byte[12]);
    assertThat(new String(Npy.write(vector), StandardCharsets.ISO_8859_1))
        .contains("'shape': (3,)");
    assertThat(Npy.read(Npy.write(vector), "v").shape()).containsExactly(3);
  }

  @Test
  void readsVersionTwoHeaders() {
    String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }\n";
    ByteBuffer file = ByteBuffer.allocate(12 + header.length() + 8).order(ByteOrder.LITTLE_ENDIAN);
    file.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0})
        .putInt(header.length())
        .put(header.getBytes(StandardCharsets.ISO_8859_1))
        .putFloat(1.5f)
        .putFloat(-2f);
    Tensor tensor = Npy.read(file.array(), null);
    assertThat(tensor.shape()).containsExactly(1, 2);
    assertThat(ByteBuffer.wrap(tensor.data()).order(ByteOrder.LITTLE_ENDIAN).getFloat(4))
        .isEqualTo(-2f);
  }

  @Test
  void refusesBigEndianUnknownDtypesAndShortData() {
    assertThatThrownBy(() -> Npy.read(withDescr(">f4", 4), null))
        .hasMessageContaining("'>f4' is not supported");
    assertThatThrownBy(() -> Npy.read(withDescr("<f8", 8), null)).hasMessageContaining("'<f8'");
    assertThatThrownBy(() -> Npy.read(withDescr("<f4", 3), null))
        .hasMessageContaining("needs 4 bytes");
  }

  private static byte[] withDescr(String descr, int dataBytes) {
    String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (1,), }\n";
    ByteBuffer file =
        ByteBuffer.allocate(10 + header.length() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    file.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0})
        .putShort((short) header.length())
        .put(header.getBytes(StandardCharsets.ISO_8859_1));
    return file.array();
  }
}
