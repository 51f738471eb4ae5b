package org.esfkit.core;

import java.util.Set;

/**
 * A participant's gender as recorded in the register. Every metric breaks its counts down by all
 * four values; {@link #NOT_REPORTED} is a value of its own, never guessed.
 */
public enum Gender implements Coded {
  /** {@code woman} (Swedish {@code kvinna}). */
  WOMAN("woman", Set.of("kvinna", "k")),
  /** {@code man} (Swedish {@code man}). */
  MAN("man", Set.of("m")),
  /** {@code non_binary} (Swedish {@code icke-binär}). */
  NON_BINARY("non_binary", Set.of("icke-binär", "icke-binar", "non-binary")),
  /** {@code not_reported} (Swedish {@code ej angivet}). */
  NOT_REPORTED("not_reported", Set.of("ej angivet", "not reported"));

  private final String code;
  private final Set<String> aliases;

  Gender(String code, Set<String> aliases) {
    this.code = code;
    this.aliases = aliases;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Set<String> aliases() {
    return aliases;
  }

  /**
   * Parses a gender: the English codes or their Swedish equivalents.
   *
   * @param text the text read from a file
   * @return the gender
   * @throws ValidationException if the text is not a known gender
   */
  public static Gender fromCode(String text) {
    return Coded.parse(Gender.class, text);
  }
}
