package io.edgewise.app.demo;

import io.edgewise.site.Paradigm;
import io.edgewise.site.SiteService;
import io.edgewise.site.SiteService.SiteData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The demo tenant's inventory; runs inside the demo tenant's scope. */
@ApplicationScoped
public class DemoInventory {

  @Inject SiteService sites;
  @Inject DemoNodes nodes;
  @Inject DemoFleets fleets;

  @Transactional
  public Void seed() {
    sites.create(
        new SiteData("campus-cloudlet", Paradigm.CLOUDLET, "eu-central", 48.137, 11.575, 1000, 18));
    sites.create(new SiteData("harbour-fog", Paradigm.FOG, "eu-central", 53.546, 9.966, 200, 25));
    sites.create(
        new SiteData(
            "central-station-mec", Paradigm.MEC, "eu-central", 52.525, 13.369, 10_000, 12));
    sites.create(
        new SiteData("eu-central-cloud", Paradigm.CLOUD, "eu-central", 50.110, 8.682, 40_000, 0));
    nodes.seed();
    fleets.seed();
    return null;
  }
}
