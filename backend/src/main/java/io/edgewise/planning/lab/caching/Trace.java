package io.edgewise.planning.lab.caching;

import java.util.List;

/** A named request stream in time order (ties allowed), the input every policy is simulated on. */
public record Trace(String name, List<Request> requests) {

  public Trace {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a trace needs a name");
    }
    if (requests == null) {
      throw new IllegalArgumentException("trace " + name + ": requests must not be null");
    }
    requests = List.copyOf(requests);
    for (int k = 1; k < requests.size(); k++) {
      if (requests.get(k).timeSeconds() < requests.get(k - 1).timeSeconds()) {
        throw new IllegalArgumentException(
            "trace " + name + ": request " + k + " is earlier than request " + (k - 1));
      }
    }
  }

  public int size() {
    return requests.size();
  }
}
