package io.edgewise.planning.partitioning.profiles;

import java.util.List;

/**
 * Layer graphs of four ImageNet classifiers computed from their published architectures (224×224×3
 * float32 input; ReLU and batch norm fused into the layer before; dropout ignored): AlexNet as in
 * torchvision (Krizhevsky et al. 2012, ≈0.71 GMAC), VGG-16 (Simonyan and Zisserman 2015, ≈15.5
 * GMAC), ResNet-50 v1.5 (He et al. 2016, stride in the 3×3 conv, ≈4.1 GMAC) and MobileNetV2
 * (Sandler et al. 2018, ≈0.3 GMAC), the last two as DAGs with their residual adds. Full-model
 * accuracy is ImageNet top-1 (56.5%, 71.6%, 76.1%, 71.9%).
 *
 * <p>Exits are assumptions for illustration, not measurements: a BranchyNet branch (pool + FC)
 * after an early and a middle stage, with accuracies below the full model in the range BranchyNet
 * (Teerapittayanon et al. 2016) and Shallow-Deep Networks (Kaya et al., ICML'19) report for
 * internal classifiers.
 */
public final class ReferenceModels {

  private ReferenceModels() {}

  public static List<ModelProfile> all() {
    return List.of(alexnet(), vgg16(), resnet50(), mobilenetV2());
  }

  public static ModelProfile alexnet() {
    ArchitectureBuilder b = new ArchitectureBuilder();
    b.conv("conv1", 64, 11, 4, 2);
    b.maxPool("pool1", 3, 2, 0);
    b.conv("conv2", 192, 5, 1, 2);
    b.exitAfter(b.maxPool("pool2", 3, 2, 0), 0.30);
    b.conv("conv3", 384, 3, 1, 1);
    b.exitAfter(b.conv("conv4", 256, 3, 1, 1), 0.45);
    b.conv("conv5", 256, 3, 1, 1);
    b.maxPool("pool5", 3, 2, 0);
    b.fullyConnected("fc6", 4096);
    b.fullyConnected("fc7", 4096);
    b.fullyConnected("fc8", 1000);
    return b.build("AlexNet", 0.565);
  }

  public static ModelProfile vgg16() {
    ArchitectureBuilder b = new ArchitectureBuilder();
    int[][] blocks = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
    for (int block = 0; block < blocks.length; block++) {
      for (int c = 0; c < blocks[block].length; c++) {
        b.conv("conv" + (block + 1) + "_" + (c + 1), blocks[block][c], 3, 1, 1);
      }
      int pool = b.maxPool("pool" + (block + 1), 2, 2, 0);
      if (block == 2 || block == 3) {
        b.exitAfter(pool, block == 2 ? 0.52 : 0.65);
      }
    }
    b.fullyConnected("fc6", 4096);
    b.fullyConnected("fc7", 4096);
    b.fullyConnected("fc8", 1000);
    return b.build("VGG-16", 0.716);
  }

  public static ModelProfile resnet50() {
    ArchitectureBuilder b = new ArchitectureBuilder();
    b.conv("conv1", 64, 7, 2, 3);
    b.maxPool("pool1", 3, 2, 1);
    int[] depths = {3, 4, 6, 3};
    for (int stage = 0; stage < 4; stage++) {
      int width = 64 << stage;
      for (int block = 0; block < depths[stage]; block++) {
        String name = "layer" + (stage + 1) + "." + block;
        int in = b.last();
        int stride = block == 0 && stage > 0 ? 2 : 1;
        b.conv(name + ".conv1", in, width, 1, 1, 0, 1);
        b.conv(name + ".conv2", b.last(), width, 3, stride, 1, 1);
        int main = b.conv(name + ".conv3", b.last(), width * 4, 1, 1, 0, 1);
        int shortcut =
            block == 0 ? b.conv(name + ".downsample", in, width * 4, 1, stride, 0, 1) : in;
        b.sum(name + ".add", main, shortcut);
      }
      if (stage == 1 || stage == 2) {
        b.exitAfter(b.last(), stage == 1 ? 0.58 : 0.70);
      }
    }
    b.globalAveragePool("avgpool");
    b.fullyConnected("fc", 1000);
    return b.build("ResNet-50", 0.761);
  }

  public static ModelProfile mobilenetV2() {
    ArchitectureBuilder b = new ArchitectureBuilder();
    b.conv("conv0", 32, 3, 2, 1);
    int channels = 32;
    int[][] settings = {
      {1, 16, 1, 1},
      {6, 24, 2, 2},
      {6, 32, 3, 2},
      {6, 64, 4, 2},
      {6, 96, 3, 1},
      {6, 160, 3, 2},
      {6, 320, 1, 1}
    };
    int block = 0;
    for (int[] s : settings) {
      for (int repeat = 0; repeat < s[2]; repeat++, block++) {
        int in = b.last();
        int hidden = channels * s[0];
        int stride = repeat == 0 ? s[3] : 1;
        String name = "block" + block;
        if (s[0] != 1) {
          b.conv(name + ".expand", in, hidden, 1, 1, 0, 1);
        }
        b.conv(name + ".depthwise", b.last(), hidden, 3, stride, 1, hidden);
        int project = b.conv(name + ".project", b.last(), s[1], 1, 1, 0, 1);
        if (stride == 1 && channels == s[1]) {
          b.sum(name + ".add", project, in);
        }
        channels = s[1];
      }
      if (s[1] == 32 || s[1] == 96) {
        b.exitAfter(b.last(), s[1] == 32 ? 0.45 : 0.62);
      }
    }
    b.conv("conv_last", b.last(), 1280, 1, 1, 0, 1);
    b.globalAveragePool("avgpool");
    b.fullyConnected("fc", 1000);
    return b.build("MobileNetV2", 0.719);
  }
}
