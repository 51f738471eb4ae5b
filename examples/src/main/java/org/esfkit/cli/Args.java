package org.esfkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.esfkit.core.DateRange;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/** Options of one command: {@code --name value} pairs and {@code --flag}s, checked against what the command accepts. */
final class Args {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /**
   * Parses options.
   *
   * @param argv the words after the command name
   * @param valued options that take a value
   * @param flags options without a value
   * @return the options
   * @throws UsageException on an unknown option, a missing value or a repeated option
   */
  static Args parse(String[] argv, Set<String> valued, Set<String> flags) {
    return parse(argv, valued, flags, 0);
  }

  /**
   * Parses options and up to {@code positionals} words that are not options (file names).
   *
   * @param argv the words after the command name
   * @param valued options that take a value
   * @param flags options without a value
   * @param positionals how many plain words the command takes
   * @return the options
   * @throws UsageException on an unknown option, a missing value, a repeated option or a word too many
   */
  static Args parse(String[] argv, Set<String> valued, Set<String> flags, int positionals) {
    Args a = new Args();
    for (int i = 0; i < argv.length; i++) {
      String w = argv[i];
      String name = w;
      String value = null;
      int eq = w.indexOf('=');
      if (w.startsWith("--") && eq > 0) {
        name = w.substring(0, eq);
        value = w.substring(eq + 1);
      }
      if (flags.contains(name) && value == null) {
        value = "true";
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.length) {
            throw new UsageException("option " + name + " needs a value");
          }
          value = argv[++i];
        }
      } else if (!w.startsWith("-") && a.positional.size() < positionals) {
        a.positional.add(w);
        continue;
      } else {
        throw new UsageException("unknown option '" + w + "'");
      }
      if (a.values.put(name, value) != null) {
        throw new UsageException("option " + name + " given twice");
      }
    }
    return a;
  }

  /** The plain words (file names) given, in order. */
  List<String> positional() {
    return positional;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  @Nullable String get(String name) {
    return values.get(name);
  }

  String require(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new UsageException("missing option " + name);
    }
    return v;
  }

  @Nullable Path path(String name) {
    String v = values.get(name);
    return v == null ? null : Path.of(v);
  }

  Path requirePath(String name) {
    return Path.of(require(name));
  }

  LocalDate date(String name, java.util.function.Supplier<LocalDate> fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback.get();
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new UsageException("option " + name + ": '" + v + "' is not a date (YYYY-MM-DD)");
    }
    try {
      // the model's date range (docs/formats.md), checked by building a one-day range
      DateRange.of(d, d);
    } catch (ValidationException e) {
      throw new UsageException("option " + name + ": " + e.getMessage().replace("range start ", "the date "));
    }
    return d;
  }

  String choice(String name, String fallback, Set<String> allowed) {
    String v = values.getOrDefault(name, fallback);
    if (!allowed.contains(v)) {
      throw new UsageException("option " + name + ": '" + v + "' is not one of " + String.join(", ", allowed));
    }
    return v;
  }
}
