package org.esfkit.core.io.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds which field or column a model's message is about. */
final class Names {
  private Names() {}

  /**
   * Finds the name, among {@code names}, that occurs first in {@code message} as a whole word.
   *
   * @param message a model's validation message
   * @param names field or column names
   * @return the name, or empty
   */
  static Optional<String> firstNamed(String message, Collection<String> names) {
    String found = null;
    int at = Integer.MAX_VALUE;
    for (String n : names) {
      Matcher m = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(n) + "(?![A-Za-z0-9_])").matcher(message);
      if (m.find() && m.start() < at) {
        at = m.start();
        found = n;
      }
    }
    return Optional.ofNullable(found);
  }
}
