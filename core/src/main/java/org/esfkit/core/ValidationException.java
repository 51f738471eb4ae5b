package org.esfkit.core;

/**
 * A value breaks an invariant of the model: a field is missing, out of range, or inconsistent
 * with another field. The message names the field (or the JSON path), the rule, and the offending
 * value unless the field is sensitive (then never the value).
 */
public class ValidationException extends EsfkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the field, the value and the rule it breaks
   */
  public ValidationException(String message) {
    super(message);
  }

  /**
   * Throws a {@code ValidationException} unless {@code condition} holds.
   *
   * @param condition the invariant
   * @param format message format ({@link String#format})
   * @param args message arguments
   * @throws ValidationException if the condition is false
   */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new ValidationException(String.format(java.util.Locale.ROOT, format, args));
    }
  }
}
