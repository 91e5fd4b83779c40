package io.edgewise.app.demo;

import io.edgewise.base.persistence.ExpectedVersion;
import io.edgewise.deployment.DeploymentService;
import io.edgewise.deployment.DeploymentService.DeploymentData;
import io.edgewise.deployment.DeploymentStatus;
import io.edgewise.deployment.Objective;
import io.edgewise.deployment.Strategy;
import io.edgewise.fleet.Fleet;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.planning.partitioning.profiles.ModelProfile;
import io.edgewise.planning.partitioning.profiles.ReferenceModels;
import io.edgewise.registry.ModelFamily;
import io.edgewise.registry.ModelService;
import io.edgewise.registry.ModelService.ModelData;
import io.edgewise.registry.ModelVersionService;
import io.edgewise.registry.ProfileSource;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfileService;
import io.edgewise.registry.VersionProfileService.ProfileData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo tenant's model registry and deployments: the four reference CNNs with their published
 * layer profiles (so the demo shows real partitions and placements) serving four of the demo
 * fleets. Each service call is its own transaction, as an operator's API calls would be; runs in
 * the demo tenant's scope after {@link DemoInventory}.
 */
@ApplicationScoped
public class DemoModels {

  /** A reference model to register, its GPU memory need, and the deployment that uses it. */
  private record DemoModel(
      ModelProfile profile,
      String modelName,
      String task,
      SmartDomain domain,
      long memoryMib,
      String deployment,
      String fleet,
      double sloMs,
      Strategy strategy,
      Objective objective,
      Double minAccuracy,
      int replicas,
      double requestsPerDevicePerS) {}

  private static final List<DemoModel> MODELS =
      List.of(
          new DemoModel(
              ReferenceModels.mobilenetV2(),
              "mobilenet-v2",
              "image classification",
              SmartDomain.SMART_MULTIMEDIA,
              300,
              "campus-object-detection",
              "campus-cameras",
              150,
              Strategy.AUTO,
              Objective.MIN_LATENCY,
              null,
              2,
              5),
          new DemoModel(
              ReferenceModels.resnet50(),
              "resnet-50",
              "perception",
              SmartDomain.SMART_TRANSPORTATION,
              460,
              "shuttle-perception",
              "station-shuttles",
              60,
              Strategy.AUTO,
              Objective.MAX_ACCURACY,
              0.7,
              2,
              10),
          new DemoModel(
              ReferenceModels.alexnet(),
              "alexnet",
              "signal-phase classification",
              SmartDomain.SMART_TRANSPORTATION,
              750,
              "junction-phases",
              "station-junctions",
              300,
              Strategy.SPLIT,
              Objective.MIN_DEVICE_ENERGY,
              null,
              1,
              1),
          new DemoModel(
              ReferenceModels.vgg16(),
              "vgg-16",
              "container-lock inspection",
              SmartDomain.SMART_INDUSTRY,
              1_370,
              "crane-lock-inspection",
              "harbour-crane-plcs",
              250,
              Strategy.EDGE_ONLY,
              Objective.MIN_LATENCY,
              null,
              1,
              2));

  @Inject ModelService models;
  @Inject ModelVersionService versions;
  @Inject VersionProfileService profiles;
  @Inject DeploymentService deployments;
  @Inject FleetService fleets;

  public void seed() {
    long seed = 1;
    for (DemoModel plan : MODELS) {
      UUID modelId =
          models
              .create(
                  new ModelData(
                      plan.modelName(),
                      plan.task(),
                      ModelFamily.CNN,
                      plan.domain(),
                      plan.profile().name()
                          + " with its published layer profile; the artifact is a small stand-in"
                          + " with the same input and output"))
              .model()
              .id;
      byte[] artifact = DemoArtifacts.standInClassifier(plan.modelName(), seed++);
      UUID versionId =
          versions.upload(
                  modelId, "1.0", (long) artifact.length, new ByteArrayInputStream(artifact))
              .id;
      profiles.put(modelId, versionId, ExpectedVersion.ANY, profileData(plan));
      UUID fleetId = fleet(plan.fleet());
      deployments.create(
          new DeploymentData(
              plan.deployment(),
              versionId,
              fleetId,
              List.of(),
              plan.sloMs(),
              plan.minAccuracy(),
              plan.strategy(),
              plan.replicas(),
              DeploymentStatus.ACTIVE,
              plan.objective(),
              plan.requestsPerDevicePerS()));
    }
  }

  private UUID fleet(String name) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                fleets
                    .findByName(name)
                    .map((Fleet f) -> f.id)
                    .orElseThrow(
                        () -> new IllegalStateException("demo fleet " + name + " is missing")));
  }

  private static ProfileData profileData(DemoModel plan) {
    ModelProfile p = plan.profile();
    List<ProfiledLayer> layers =
        p.layers().stream()
            .map(
                l -> new ProfiledLayer(l.name(), l.gflops(), l.outputBytes(), l.inputs(), Map.of()))
            .toList();
    List<ProfiledExit> exits =
        p.exits().stream()
            .map(e -> new ProfiledExit(e.afterLayer(), e.gflops(), e.accuracy()))
            .toList();
    return new ProfileData(
        ProfileSource.REFERENCE, p.inputBytes(), plan.memoryMib(), p.accuracy(), layers, exits);
  }
}
