package io.edgewise.agent.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the model store holds, in memory: each artifact's state, size and last use, and which files
 * to evict first.
 */
public final class StoreIndex {
  /** An artifact's state in the store. */
  public enum State {
    DOWNLOADING,
    STORED,
    FAILED
  }

  /**
   * One artifact: {@code sizeBytes} is its size once stored, the expected size while downloading
   * (so that concurrent downloads make room for each other), 0 after a failure; {@code error} set
   * when the last download failed.
   */
  public record Entry(
      String sha256, State state, long sizeBytes, long lastUsedMillis, String error) {}

  private final long maxBytes;
  private final Map<String, Entry> entries = new HashMap<>();

  StoreIndex(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  synchronized boolean has(String sha) {
    Entry e = entries.get(sha);
    return e != null && e.state() == State.STORED;
  }

  synchronized void stored(String sha, long size, long at) {
    entries.put(sha, new Entry(sha, State.STORED, size, at, null));
  }

  synchronized void downloading(String sha, long expectedBytes) {
    Entry e = entries.get(sha);
    entries.put(
        sha,
        new Entry(
            sha,
            State.DOWNLOADING,
            expectedBytes,
            e == null ? System.currentTimeMillis() : e.lastUsedMillis(),
            null));
  }

  synchronized void failed(String sha, String error) {
    Entry e = entries.get(sha);
    entries.put(sha, new Entry(sha, State.FAILED, 0, e == null ? 0 : e.lastUsedMillis(), error));
  }

  synchronized void evicted(String sha) {
    entries.remove(sha);
  }

  /** Marks {@code shas} as used at {@code at}: they are the last to be evicted. */
  synchronized void touch(Collection<String> shas, long at) {
    for (String sha : shas) {
      Entry e = entries.get(sha);
      if (e != null) {
        entries.put(sha, new Entry(sha, e.state(), e.sizeBytes(), at, e.error()));
      }
    }
  }

  synchronized long totalBytes() {
    return entries.values().stream().mapToLong(Entry::sizeBytes).sum();
  }

  synchronized List<String> files() {
    return entries.values().stream()
        .filter(e -> e.state() == State.STORED)
        .map(Entry::sha256)
        .toList();
  }

  synchronized Map<String, Entry> entries() {
    return Map.copyOf(entries);
  }

  /**
   * The stored files to delete, least recently used first, so that the store fits its bound; never
   * {@code keep}.
   */
  synchronized List<String> evictable(Set<String> keep) {
    long excess = totalBytes() - maxBytes;
    List<String> victims = new ArrayList<>();
    List<Entry> candidates =
        entries.values().stream()
            .filter(e -> e.state() == State.STORED && !keep.contains(e.sha256()))
            .sorted(Comparator.comparingLong(Entry::lastUsedMillis))
            .toList();
    for (Entry e : candidates) {
      if (excess <= 0) {
        break;
      }
      victims.add(e.sha256());
      excess -= e.sizeBytes();
    }
    return victims;
  }
}
