package io.edgewise.agent.serving;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import io.edgewise.agent.serving.batch.DynamicBatcher;
import io.edgewise.agent.serving.tensor.DType;
import io.edgewise.agent.serving.tensor.Signature;
import io.edgewise.agent.serving.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One model loaded into DJL's ONNX Runtime engine, with its batcher. It owns, and closes in this
 * order, the batcher (whose thread is the only user of the predictor), the predictor and the model;
 * each execution's arrays live in a sub-manager of the model's manager that the execution closes.
 */
final class LoadedModel implements AutoCloseable {

  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;
  private final Signature signature;
  private final DynamicBatcher batcher;

  private LoadedModel(
      ZooModel<NDList, NDList> model,
      Signature signature,
      String name,
      int maxBatch,
      ServingSettings settings) {
    this.model = model;
    this.predictor = model.newPredictor();
    this.signature = signature;
    this.batcher =
        new DynamicBatcher(
            name,
            this::run,
            signature.batchable(),
            maxBatch,
            settings.maxQueueDelay().toNanos(),
            settings.queueCapacity());
  }

  static LoadedModel load(
      Path file, Device device, String name, int maxBatch, ServingSettings settings)
      throws IOException, MalformedModelException, ModelNotFoundException {
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(file)
            .optEngine(ServingDevice.ENGINE)
            .optDevice(device)
            .optTranslator(new NoopTranslator())
            .build();
    ZooModel<NDList, NDList> model = criteria.loadModel();
    try {
      return new LoadedModel(model, OrtSignatures.read(file), name, maxBatch, settings);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  Signature signature() {
    return signature;
  }

  DynamicBatcher batcher() {
    return batcher;
  }

  /**
   * One execution (the batcher's thread only): inputs in input order, outputs named by the model's
   * outputs.
   */
  private List<Tensor> run(List<Tensor> inputs) throws Exception {
    try (NDManager arrays = model.getNDManager().newSubManager()) {
      NDList feed = new NDList();
      for (Tensor tensor : inputs) {
        ByteBuffer data =
            ByteBuffer.allocateDirect(tensor.data().length).order(ByteOrder.nativeOrder());
        data.put(tensor.data()).flip();
        NDArray array = arrays.create(data, new Shape(tensor.shape()), tensor.dtype().djl());
        array.setName(tensor.name());
        feed.add(array);
      }
      NDList result = predictor.predict(feed);
      List<Tensor> outputs = new ArrayList<>();
      for (int i = 0; i < result.size(); i++) {
        NDArray array = result.get(i);
        DType dtype = DType.of(array.getDataType()).orElse(DType.FLOAT32);
        NDArray typed =
            dtype.djl() == array.getDataType() ? array : array.toType(dtype.djl(), false);
        outputs.add(
            new Tensor(
                signature.outputs().get(i).name(),
                dtype,
                array.getShape().getShape(),
                typed.toByteArray()));
      }
      return outputs;
    }
  }

  @Override
  public void close() {
    batcher.close();
    predictor.close();
    model.close();
  }
}
