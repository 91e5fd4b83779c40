package io.edgewise.registry.onnx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The ONNX reader, analysis and splitter stay plain Java, like the decision engines: the JDK, the
 * ONNX protobuf classes and the plain domain exceptions a refused upload is told with, no
 * framework.
 */
class OnnxPackageArchitectureTest {

  private static final JavaClasses ONNX =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.edgewise.registry.onnx");

  @Test
  void dependsOnNothingButTheJdkTheOnnxProtobufAndDomainExceptions() {
    noClasses()
        .that()
        .resideInAPackage("io.edgewise.registry.onnx")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "io.edgewise.registry.onnx",
            "io.edgewise.base.error",
            "java..",
            "ai.onnx.proto..",
            "com.google.protobuf..")
        .check(ONNX);
  }
}
