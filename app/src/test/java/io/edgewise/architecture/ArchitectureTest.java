package io.edgewise.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.edgewise.planning.PlanningService;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Keeps features acyclic, entities free of services, REST and UI, and HTTP inside the API. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.edgewise");

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("io.edgewise.(*)..").should().beFreeOfCycles().check(MAIN);
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
            "io.edgewise.planning.caching..")
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

  @Test
  void uiUsesNoFeatureApi() {
    noClasses()
        .that()
        .resideInAPackage("io.edgewise.ui..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.edgewise..api..")
                .and(not(resideInAPackage("io.edgewise.base.api.."))))
        .check(MAIN);
  }
}
