package org.esfkit.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An enumeration whose constants have a stable code used in files (snake_case, as in the
 * interchange formats of esfkit).
 */
public interface Coded {
  /**
   * Returns the code written in files.
   *
   * @return the code, e.g. {@code non_binary}
   */
  String code();

  /**
   * Finds the constant of {@code type} whose code (or one of its accepted aliases) equals
   * {@code text}, ignoring case and surrounding blanks.
   *
   * @param type the enumeration
   * @param text the text read from a file
   * @param <E> the enumeration type
   * @return the constant
   * @throws ValidationException naming the text and the accepted codes if none matches
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String text) {
    Map<String, Object> codes = CodeLookup.of(type);
    // as written, as files nearly always are; else stripped and lower-cased
    Object found = codes.get(text);
    if (found == null) {
      found = codes.get(text.strip().toLowerCase(Locale.ROOT));
    }
    if (found != null) {
      return type.cast(found);
    }
    throw new ValidationException(
        "unknown " + label(type) + " '" + text + "'; expected one of "
            + Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")));
  }

  /**
   * Other spellings accepted when reading (for instance Swedish words), lower case.
   *
   * @return the aliases, empty by default
   */
  default java.util.Set<String> aliases() {
    return java.util.Set.of();
  }

  private static String label(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
