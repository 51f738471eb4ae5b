package org.esfkit.core.internal;

import java.util.Set;

/**
 * The one redaction rule: the fields (JSON) and columns (CSV) that hold a participant's personal
 * characteristics. Their values never appear in a problem, an exception message, a log line or a
 * {@code toString()}; a message about one names the field and what was expected instead.
 */
public final class Sensitive {
  /** The sensitive fields and columns, by their names in the file formats. */
  public static final Set<String> FIELDS = Set.of("gender", "birth_year", "birth_date", "site", "referral",
      "target_groups",
      "labour_status_at_entry", "isced", "disability", "foreign_background", "third_country_national", "minority",
      "jobless_household", "dependent_children", "single_adult_household",
      "accessibility_needs", "adaptations_provided", "wants_gender_breaking");

  private Sensitive() {}

  /**
   * Tells whether a field or column is sensitive.
   *
   * @param field the name
   * @return true if its values are never echoed
   */
  public static boolean is(String field) {
    return FIELDS.contains(field);
  }

  /**
   * Removes a value from a message about a field, if the field is sensitive: every quoted
   * occurrence of the value ({@code  'x'}, as given and stripped of surrounding blanks) is left
   * out, so {@code unknown target group 'x'; expected one of ...} becomes
   * {@code unknown target group; expected one of ...}. Messages that would show a sensitive value
   * otherwise are written without it.
   *
   * @param field the field or column the message is about
   * @param value the value read
   * @param message the message, e.g. {@code unknown target group 'x'; expected one of ...}
   * @return the message, the value replaced when the field is sensitive
   */
  public static String redact(String field, String value, String message) {
    if (!is(field)) {
      return message;
    }
    String out = message;
    for (String v : new String[] {value, value.strip()}) {
      if (!v.isEmpty()) {
        out = out.replace(" '" + v + "'", "").replace("'" + v + "'", "");
      }
    }
    return out;
  }
}
