package org.esfkit.benchmarks.endtoend;

import java.util.Arrays;
import java.util.Locale;

/**
 * Numerator and denominator of one share target by gender, in the order woman, man,
 * non_binary, not_reported; the overall figures are their sums. Each side of the end-to-end
 * comparison reports one, and they must be equal.
 */
final class ShareCounts {
  /** The register's gender codes, in the order of the arrays. */
  static final String[] GENDERS = {"woman", "man", "non_binary", "not_reported"};

  final long[] numerator = new long[4];
  final long[] denominator = new long[4];

  /** Index of a gender code in {@link #GENDERS}. */
  static int gender(String code) {
    for (int g = 0; g < GENDERS.length; g++) {
      if (GENDERS[g].equals(code)) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown gender code: " + code);
  }

  long numerator() {
    return Arrays.stream(numerator).sum();
  }

  long denominator() {
    return Arrays.stream(denominator).sum();
  }

  /** Parses {@link #toString()}. */
  static ShareCounts parse(String line) {
    ShareCounts c = new ShareCounts();
    String[] parts = line.trim().split(" ");
    if (parts.length != 5 || !parts[0].startsWith("all=")) {
      throw new IllegalArgumentException("not a counts line: " + line);
    }
    for (int g = 0; g < 4; g++) {
      String prefix = GENDERS[g] + "=";
      String part = parts[g + 1];
      if (!part.startsWith(prefix)) {
        throw new IllegalArgumentException("not a counts line: " + line);
      }
      String[] nd = part.substring(prefix.length()).split("/");
      c.numerator[g] = Long.parseLong(nd[0]);
      c.denominator[g] = Long.parseLong(nd[1]);
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShareCounts other && Arrays.equals(numerator, other.numerator)
        && Arrays.equals(denominator, other.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(numerator) + Arrays.hashCode(denominator);
  }

  /** {@code all=N/D woman=N/D man=N/D non_binary=N/D not_reported=N/D}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "all=%d/%d", numerator(), denominator()));
    for (int g = 0; g < 4; g++) {
      sb.append(' ').append(GENDERS[g]).append('=').append(numerator[g]).append('/').append(denominator[g]);
    }
    return sb.toString();
  }
}
