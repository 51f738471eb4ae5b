package org.esfkit.core.io.internal;

import java.util.Collection;
import java.util.Optional;

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
      int i = wordAt(message, n);
      if (i >= 0 && i < at) {
        at = i;
        found = n;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Where {@code word} first stands in {@code message} as a whole word: with no ASCII letter,
   * digit or {@code _} right before or after it (the regular expression
   * {@code (?<![A-Za-z0-9_])word(?![A-Za-z0-9_])}, without compiling one for each message: a
   * file whose every row breaks a model check asks for it on every row).
   *
   * @return the index, or -1
   */
  static int wordAt(String message, String word) {
    int n = message.length();
    for (int i = message.indexOf(word); i >= 0; i = i < n ? message.indexOf(word, i + 1) : -1) {
      int end = i + word.length();
      if ((i == 0 || !wordChar(message.charAt(i - 1))) && (end == n || !wordChar(message.charAt(end)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean wordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
