package io.edgewise.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The references between feature packages as the source states them. Bytecode misses some: the
 * compiler inlines constants such as {@code Role.Names.ADMIN} in {@code @RolesAllowed}, so a
 * feature that uses only another's constants shows no dependency on it in its class files.
 */
final class SourceImports {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern TYPE_NAME =
      Pattern.compile("\\bio\\.edgewise(?:\\.[a-z]\\w*)+\\.(?:[A-Z]\\w*|\\*)");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

  /** One file's reference from one feature to another. */
  record Reference(String from, String to, Path file, String name) {}

  private final Pattern feature;
  private final Map<String, Map<String, List<Reference>>> graph = new TreeMap<>();

  private SourceImports(Pattern feature) {
    this.feature = feature;
  }

  /**
   * Reads every Java file under {@code roots}; {@code feature}'s first group names the feature of a
   * package or type name, and names it matches not are outside every feature.
   */
  static SourceImports scan(Pattern feature, List<Path> roots) {
    SourceImports imports = new SourceImports(feature);
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(imports::read);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return imports;
  }

  private void read(Path file) {
    String source;
    try {
      source = COMMENT.matcher(Files.readString(file)).replaceAll("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher pkg = PACKAGE.matcher(source);
    String from = pkg.find() ? featureOf(pkg.group(1) + ".") : null;
    if (from == null) {
      return;
    }
    graph.computeIfAbsent(from, f -> new TreeMap<>());
    Matcher names = TYPE_NAME.matcher(source);
    while (names.find()) {
      String to = featureOf(names.group());
      if (to != null && !to.equals(from)) {
        graph
            .get(from)
            .computeIfAbsent(to, t -> new ArrayList<>())
            .add(new Reference(from, to, file.getFileName(), names.group()));
      }
    }
  }

  private String featureOf(String name) {
    Matcher m = feature.matcher(name);
    return m.lookingAt() ? m.group(1) : null;
  }

  Set<String> features() {
    return graph.keySet();
  }

  /** The features that reach one another (strongly connected components of two or more), sorted. */
  List<Set<String>> cycles() {
    return new Tarjan().components().stream().filter(c -> c.size() > 1).toList();
  }

  /** Why {@code features} form a cycle: every reference among them, one per line. */
  String explain(Set<String> features) {
    StringBuilder why = new StringBuilder();
    for (String from : features) {
      graph
          .get(from)
          .forEach(
              (to, refs) -> {
                if (features.contains(to)) {
                  Reference first = refs.get(0);
                  why.append(
                      String.format(
                          "%n  %s -> %s: %s uses %s", from, to, first.file(), first.name()));
                  if (refs.size() > 1) {
                    why.append(" (and ").append(refs.size() - 1).append(" more)");
                  }
                }
              });
    }
    return why.toString();
  }

  /** Tarjan's strongly connected components over the feature graph. */
  private final class Tarjan {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    List<Set<String>> components() {
      for (String f : graph.keySet()) {
        if (!index.containsKey(f)) {
          visit(f);
        }
      }
      return components;
    }

    private void visit(String f) {
      index.put(f, index.size());
      low.put(f, index.get(f));
      stack.push(f);
      onStack.add(f);
      for (String to : graph.getOrDefault(f, Map.of()).keySet()) {
        if (!index.containsKey(to)) {
          visit(to);
          low.put(f, Math.min(low.get(f), low.get(to)));
        } else if (onStack.contains(to)) {
          low.put(f, Math.min(low.get(f), index.get(to)));
        }
      }
      if (low.get(f).equals(index.get(f))) {
        Set<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(f));
        components.add(component);
      }
    }
  }
}
