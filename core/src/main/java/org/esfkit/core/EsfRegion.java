package org.esfkit.core;

import java.util.Locale;
import java.util.Set;

/** The eight Swedish ESF regions (regionala strukturfondspartnerskap). */
public enum EsfRegion implements Coded {
  /** Övre Norrland. */
  OVRE_NORRLAND("ovre_norrland", "Övre Norrland"),
  /** Mellersta Norrland. */
  MELLERSTA_NORRLAND("mellersta_norrland", "Mellersta Norrland"),
  /** Norra Mellansverige. */
  NORRA_MELLANSVERIGE("norra_mellansverige", "Norra Mellansverige"),
  /** Stockholm. */
  STOCKHOLM("stockholm", "Stockholm"),
  /** Östra Mellansverige. */
  OSTRA_MELLANSVERIGE("ostra_mellansverige", "Östra Mellansverige"),
  /** Västsverige. */
  VASTSVERIGE("vastsverige", "Västsverige"),
  /** Småland och öarna (also written "Småland &amp; Öarna"). */
  SMALAND_OCH_OARNA("smaland_och_oarna", "Småland och öarna"),
  /** Sydsverige. */
  SYDSVERIGE("sydsverige", "Sydsverige");

  private final String code;
  private final String swedishName;

  EsfRegion(String code, String swedishName) {
    this.code = code;
    this.swedishName = swedishName;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the region's Swedish name as the project bank writes it.
   *
   * @return e.g. {@code Mellersta Norrland}
   */
  public String swedishName() {
    return swedishName;
  }

  @Override
  public Set<String> aliases() {
    String lower = swedishName.toLowerCase(Locale.ROOT);
    return lower.contains(" och ") ? Set.of(lower, lower.replace(" och ", " & ")) : Set.of(lower);
  }

  /**
   * Parses a region from its code or its Swedish name (case-insensitive; "&amp;" for "och").
   *
   * @param text the text read from a file
   * @return the region
   * @throws ValidationException if the text names no region
   */
  public static EsfRegion fromCode(String text) {
    return Coded.parse(EsfRegion.class, text);
  }
}
