package org.esfkit.core.internal;

import java.util.Locale;
import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for the characters of text esfkit reads — names, ids, codes, free text, in CSV and
 * JSON alike — and the one way text is shown in messages.
 *
 * <p>Rejected everywhere: unpaired surrogates; control characters (C0 other than tab, line feed
 * and carriage return; DEL; C1), which include NUL and the escape character that starts terminal
 * sequences; the bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069); the line and paragraph separators U+2028, U+2029. Text with a rejected character
 * is a problem, never passed on, so it cannot reach a report, a file written or standard error.
 * Tab, line feed and carriage return are kept in values (a quoted CSV cell may span lines) and
 * escaped in messages ({@link #escape}).
 */
public final class Text {
  private Text() {}

  /**
   * Tells why a text is not accepted.
   *
   * @param s the text (a String, or a view of characters read)
   * @return null if the text is accepted, else the reason, naming the character by its code point
   *     and its position (never the text itself)
   */
  public static @Nullable String problem(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        String why = why(s, i);
        if (why != null) {
          return "contains " + why + " at character " + (i + 1);
        }
        if (Character.isHighSurrogate(c)) {
          i++;
        }
      }
    }
    return null;
  }

  /** Why the character at {@code i} is rejected, or null. */
  private static @Nullable String why(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c == '\t' || c == '\n' || c == '\r') {
      return null;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return "a control character (" + code(c) + ")";
    }
    if (c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return "a bidirectional control (" + code(c) + ")";
    }
    if (c == 0x2028 || c == 0x2029) {
      return "a line or paragraph separator (" + code(c) + ")";
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null
          : "an unpaired surrogate (" + code(c) + ")";
    }
    if (Character.isLowSurrogate(c)) {
      return "an unpaired surrogate (" + code(c) + ")";
    }
    return null;
  }

  /**
   * Checks a text of the model (a name, an id).
   *
   * @param what the field, e.g. {@code target id}
   * @param s the text, or null (accepted)
   * @throws ValidationException naming the field and the character if it is not accepted
   */
  public static void check(String what, @Nullable String s) {
    if (s != null) {
      String why = problem(s);
      if (why != null) {
        throw new ValidationException(what + " " + why);
      }
    }
  }

  /**
   * Shows a text safely in a message: every character the rule rejects, and tab, line feed and
   * carriage return, is written as {@code \}{@code uXXXX}; a backslash stays as it is.
   *
   * @param s the text
   * @return the text with no control, bidirectional or unpaired character left
   */
  public static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 || c >= 0x7f) && (c == '\t' || c == '\n' || c == '\r' || why(s, i) != null);
      if (bad && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (bad) {
        out.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
      if (!bad && Character.isHighSurrogate(c) && i + 1 < s.length()) {
        i++;
        if (out != null) {
          out.append(s.charAt(i));
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static String code(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
