package org.esfkit.core;

import org.immutables.value.Value;

/**
 * A Swedish organisation number (organisationsnummer): ten digits, written {@code NNNNNN-NNNN},
 * whose last digit is a Luhn check digit over the first nine.
 */
@Value.Immutable
@EsfkitImmutable
public abstract class OrganisationNumber {
  /**
   * Returns the ten digits, without the hyphen.
   *
   * @return the digits
   */
  @Value.Parameter
  public abstract String digits();

  /**
   * Parses an organisation number, with or without the hyphen (for example {@code 212000-2411}).
   *
   * @param text the number
   * @return the organisation number
   * @throws ValidationException if it is not ten digits or the check digit is wrong
   */
  public static OrganisationNumber parse(String text) {
    String s = text.strip();
    if (s.length() == 11 && s.charAt(6) == '-') {
      s = s.substring(0, 6) + s.substring(7);
    }
    return ImmutableOrganisationNumber.of(s);
  }

  /**
   * Computes the Luhn check digit of nine digits.
   *
   * @param nineDigits the first nine digits
   * @return the check digit, 0–9
   */
  public static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = nineDigits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  @Value.Check
  void check() {
    String d = digits();
    ValidationException.check(
        d.length() == 10 && d.chars().allMatch(c -> c >= '0' && c <= '9'),
        "organisation number '%s' is not ten digits", d);
    ValidationException.check(
        checkDigit(d.substring(0, 9)) == d.charAt(9) - '0',
        "organisation number '%s' has a wrong check digit (expected %d)", d, checkDigit(d.substring(0, 9)));
  }

  @Override
  public String toString() {
    return digits().substring(0, 6) + "-" + digits().substring(6);
  }
}
