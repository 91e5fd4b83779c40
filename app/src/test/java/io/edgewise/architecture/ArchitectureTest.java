package io.edgewise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.edgewise.planning.PlanningService;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * Keeps features acyclic, repositories inside their feature, the UI off the REST layer, entities
 * free of services, REST and UI, HTTP inside the API, and the decision engines plain Java. The
 * rules themselves live in {@link ArchitectureRules}; source-level cycles in {@link
 * SourceImportCyclesTest}.
 */
class ArchitectureTest {

  private static final String ROOT = "io.edgewise";
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // the backend's test jar (its real ONNX models) is on this module's test class path
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("io.edgewise");

  @Test
  void featuresAreFreeOfCycles() {
    ArchitectureRules.featuresAreFreeOfCycles(ROOT).check(MAIN);
  }

  @Test
  void uiFeaturesAreFreeOfCycles() {
    ArchitectureRules.uiFeaturesAreFreeOfCycles(ROOT).check(MAIN);
  }

  @Test
  void repositoriesAreUsedOnlyInsideTheirFeature() {
    ArchitectureRules.repositoriesStayInTheirFeature(ROOT).check(MAIN);
  }

  @Test
  void uiUsesNoRestApiButSharedPaging() {
    ArchitectureRules.uiUsesNoApiButBaseApi(ROOT).check(MAIN);
  }

  @Test
  void entitiesDoNotDependOnServicesRestOrUi() {
    noClasses()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Service")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("..api..", "io.edgewise.ui..", "jakarta.ws.rs..")
        .check(MAIN);
  }

  @Test
  void decisionEnginesArePlainJava() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.edgewise.planning.partitioning..",
            "io.edgewise.planning.placement..",
            "io.edgewise.planning.caching..",
            "io.edgewise.planning.calibration..",
            "io.edgewise.planning.lab..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..",
            "io.quarkus..",
            "org.hibernate..",
            "io.edgewise.base..",
            "io.edgewise.registry..",
            "io.edgewise.deployment..",
            "io.edgewise.node..",
            "io.edgewise.fleet..",
            "io.edgewise.site..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(PlanningService.class)
        .check(MAIN);
  }

  @Test
  void restResourcesLiveInApiPackages() {
    classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("..api..").check(MAIN);
  }

  @Test
  void servicesNeverBuildHttpResponses() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Service")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Response.class)
        .check(MAIN);
  }

  @Test
  void onlyTheApiSpeaksHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..api..", "io.edgewise.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.edgewise.base.api..", "jakarta.ws.rs..")
        .check(MAIN);
  }
}
