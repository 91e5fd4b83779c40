package io.edgewise.app.demo;

import static io.edgewise.fleet.Application.AUTONOMOUS_DRIVING;
import static io.edgewise.fleet.Application.INDUSTRIAL_ANALYSIS;
import static io.edgewise.fleet.Application.SMART_GRID;
import static io.edgewise.fleet.Application.SMART_MANUFACTURING;
import static io.edgewise.fleet.Application.TRAFFIC_SIGNAL_CONTROL;
import static io.edgewise.fleet.Application.VIDEO_ANALYTICS;

import io.edgewise.fleet.Application;
import io.edgewise.fleet.DeviceBatch;
import io.edgewise.fleet.DeviceData;
import io.edgewise.fleet.DeviceImportService;
import io.edgewise.fleet.DeviceStatus;
import io.edgewise.fleet.FleetService;
import io.edgewise.fleet.FleetService.FleetData;
import io.edgewise.site.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo tenant's device fleets: six fleets across all four smart domains with 300 devices,
 * labelled by zone and one fleet-specific label. Runs inside {@link DemoInventory}'s transaction
 * and tenant scope, after the sites it homes the fleets on.
 */
@ApplicationScoped
public class DemoFleets {

  private static final String[] ZONES = {"north", "south", "east", "west"};

  /**
   * A fleet to seed and the typical capacity and link of its devices (each device varies from 0.5x
   * to 1.5x).
   */
  private record DemoFleet(
      String name,
      Application application,
      String deviceClass,
      String site,
      String description,
      int devices,
      double gflops,
      double linkMbps,
      double linkRttMs,
      String labelKey,
      List<String> labelValues) {}

  private static final List<DemoFleet> FLEETS =
      List.of(
          new DemoFleet(
              "campus-cameras",
              VIDEO_ANALYTICS,
              "camera",
              "campus-cloudlet",
              "Surveillance cameras streaming to the campus cloudlet for object detection",
              80,
              1.5,
              40,
              4,
              "building",
              List.of("library", "lab", "dorm", "gym")),
          new DemoFleet(
              "station-shuttles",
              AUTONOMOUS_DRIVING,
              "vehicle",
              "central-station-mec",
              "Autonomous shuttles offloading perception to the station's MEC server over 5G",
              40,
              120,
              150,
              10,
              "route",
              List.of("r1", "r2", "r3")),
          new DemoFleet(
              "station-junctions",
              TRAFFIC_SIGNAL_CONTROL,
              "signal-controller",
              "central-station-mec",
              "Traffic-light controllers around the station, coordinated by reinforcement learning",
              30,
              0.5,
              20,
              8,
              "corridor",
              List.of("ring", "harbour-road")),
          new DemoFleet(
              "harbour-meters",
              SMART_GRID,
              "smart-meter",
              "harbour-fog",
              "Smart meters in the harbour district for household load forecasting",
              100,
              0.02,
              0.25,
              120,
              "feeder",
              List.of("f1", "f2", "f3", "f4", "f5")),
          new DemoFleet(
              "harbour-crane-plcs",
              SMART_MANUFACTURING,
              "plc",
              "harbour-fog",
              "Crane PLCs with inline camera inspection of container locks",
              30,
              0.8,
              100,
              2,
              "crane",
              List.of("c1", "c2", "c3")),
          new DemoFleet(
              "base-station-batteries",
              INDUSTRIAL_ANALYSIS,
              "battery-monitor",
              "eu-central-cloud",
              "Backup-battery monitors in cellular base stations for remaining-lifetime estimation",
              20,
              0.01,
              2,
              45,
              "vendor",
              List.of("acme", "volta")));

  @Inject SiteService sites;
  @Inject FleetService fleets;
  @Inject DeviceImportService imports;

  public void seed() {
    Random random = new Random(20_240_601);
    for (DemoFleet plan : FLEETS) {
      UUID site =
          sites
              .findByName(plan.site())
              .orElseThrow(
                  () -> new IllegalStateException("demo site " + plan.site() + " is missing"))
              .id;
      UUID fleet =
          fleets
              .create(
                  new FleetData(
                      plan.name(),
                      plan.application().domain(),
                      plan.application(),
                      plan.deviceClass(),
                      site,
                      plan.description()))
              .fleet()
              .id;
      DeviceBatch batch =
          new DeviceBatch(
              (i, field) -> plan.name() + "[" + i + "]" + (field == null ? "" : "." + field));
      for (int i = 0; i < plan.devices(); i++) {
        batch.accept(i, device(plan, i, random));
      }
      imports.importDevices(fleet, batch, false);
    }
  }

  private static DeviceData device(DemoFleet plan, int i, Random random) {
    Map<String, String> labels =
        Map.of(
            "zone",
            ZONES[i % ZONES.length],
            plan.labelKey(),
            plan.labelValues().get(i % plan.labelValues().size()));
    int roll = random.nextInt(10);
    DeviceStatus status =
        roll < 8 ? DeviceStatus.ONLINE : roll < 9 ? DeviceStatus.OFFLINE : DeviceStatus.UNKNOWN;
    return new DeviceData(
        String.format("%s-%04d", plan.deviceClass(), i + 1),
        vary(plan.gflops(), random),
        vary(plan.linkMbps(), random),
        vary(plan.linkRttMs(), random),
        labels,
        status);
  }

  /**
   * A value between half and one and a half times {@code typical}, rounded to three significant
   * places.
   */
  private static double vary(double typical, Random random) {
    double value = typical * (0.5 + random.nextDouble());
    return Double.parseDouble(String.format(Locale.ROOT, "%.3g", value));
  }
}
