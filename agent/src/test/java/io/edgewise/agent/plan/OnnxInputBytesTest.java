package io.edgewise.agent.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.registry.onnx.PaddleOcrModels;
import io.edgewise.registry.onnx.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole model's input bytes that split requests stand in for: never from H and W taken as 1.
 */
class OnnxInputBytesTest {

  @TempDir Path dir;

  @Test
  void aLoneDynamicBatchCountsOneSample() throws Exception {
    Path cnn = Files.write(dir.resolve("cnn.onnx"), TestModels.cnn(1).toByteArray());
    // x: [N, 3, 32, 32] float32
    assertThat(new OnnxInputBytes().applyAsLong(cnn)).isEqualTo(3 * 32 * 32 * 4);
  }

  @Test
  void dynamicHeightAndWidthMakeTheSizeUnknownRatherThanTwelveBytes() throws Exception {
    Path detector =
        Files.write(dir.resolve("det.onnx"), PaddleOcrModels.bytes(PaddleOcrModels.DETECTION));
    // x: [N, 3, H, W]: 0 = unknown (no bytes avoided claimed); it was 1·3·1·1·4 = 12
    assertThat(new OnnxInputBytes().applyAsLong(detector)).isZero();
  }
}
