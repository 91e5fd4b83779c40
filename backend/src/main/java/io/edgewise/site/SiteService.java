package io.edgewise.site;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases on edge sites. */
@ApplicationScoped
public class SiteService {

  /** The editable fields of a site. */
  public record SiteData(
      String name,
      Paradigm paradigm,
      String region,
      Double latitude,
      Double longitude,
      double uplinkMbps,
      double rttMs) {}

  @Inject SiteRepository sites;
  @Inject AuditLog audit;

  @Transactional
  public PageResult<Site> list(Paradigm paradigm, String region, PageRequest page) {
    return sites.page(paradigm, region, page);
  }

  @Transactional
  public Site get(UUID id) {
    return sites.requireOwned(id);
  }

  @Transactional
  public Site create(SiteData data) {
    sites.requireNameFree(data.name().trim(), null);
    Site site = apply(new Site(), data);
    sites.create(site);
    sites.flush();
    audit.record("create", "site", site.id, site.name);
    return site;
  }

  @Transactional
  public Site update(UUID id, ExpectedVersion expected, SiteData data) {
    Site site = sites.requireOwned(id);
    expected.check(site.version);
    sites.requireNameFree(data.name().trim(), id);
    apply(site, data);
    sites.flush();
    audit.record("update", "site", site.id, site.name);
    return site;
  }

  /** Deletes a site; 409 while nodes, fleets or deployments still use it. */
  @Transactional
  public void delete(UUID id) {
    Site site = sites.requireOwned(id);
    sites.delete(site);
    sites.flush();
    audit.record("delete", "site", id, site.name);
  }

  private static Site apply(Site site, SiteData data) {
    site.name = data.name().trim();
    site.paradigm = data.paradigm();
    site.region = data.region();
    site.latitude = data.latitude();
    site.longitude = data.longitude();
    site.uplinkMbps = data.uplinkMbps();
    site.rttMs = data.rttMs();
    return site;
  }

  /** The caller's tenant's site with this id, if any (another tenant's id reads as absent). */
  @Transactional
  public Optional<Site> findOwned(UUID id) {
    return sites.findOwned(id);
  }

  /** The caller's tenant's site with this name, if any. */
  @Transactional
  public Optional<Site> findByName(String name) {
    return sites.findByName(name);
  }

  /** Every site of the caller's tenant, by id; for planners that read the whole inventory. */
  @Transactional
  public List<Site> allOwned() {
    return sites.allOwned();
  }

  /** The caller's tenant's sites with these ids (others' ids are silently absent). */
  @Transactional
  public List<Site> allOwned(Collection<UUID> ids) {
    return sites.allOwned(ids);
  }
}
