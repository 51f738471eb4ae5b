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

  /**
   * The type's name in words, for messages: {@code LabourStatus} is "labour status". A space goes
   * before each capital that follows a small letter (without a regular expression: this runs for
   * every cell holding an unknown code).
   */
  private static String label(Class<?> type) {
    String n = type.getSimpleName();
    StringBuilder sb = new StringBuilder(n.length() + 4);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      char before = i > 0 ? n.charAt(i - 1) : ' ';
      if (c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z') {
        sb.append(' ');
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
