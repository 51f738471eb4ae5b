package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * An exact amount of Swedish kronor (SEK), held in whole öre. Never a {@code double}.
 *
 * <pre>{@code Money budget = Money.sek("14170499");}</pre>
 */
@Value.Immutable
@EsfkitImmutable
public abstract class Money implements Comparable<Money> {
  /** The zero amount. */
  public static final Money ZERO = sek(BigDecimal.ZERO);

  /**
   * Returns the amount in SEK, with exactly two decimals (öre).
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Creates an amount in SEK.
   *
   * @param amount the amount; at most two decimals (öre)
   * @return the money
   * @throws ValidationException if the amount has fractions of öre
   */
  public static Money sek(BigDecimal amount) {
    return ImmutableMoney.of(amount);
  }

  /**
   * Creates an amount in SEK from its decimal text, e.g. {@code "6659826"} or {@code "12.50"}.
   *
   * @param amount the decimal text
   * @return the money
   * @throws ValidationException if the text is not a decimal number with at most two decimals
   */
  public static Money sek(String amount) {
    try {
      return sek(new BigDecimal(amount.strip()));
    } catch (NumberFormatException e) {
      throw new ValidationException("not an amount of SEK: '" + amount + "'");
    }
  }

  /**
   * Adds another amount.
   *
   * @param other the amount to add
   * @return the sum
   */
  public Money plus(Money other) {
    return sek(amount().add(other.amount()));
  }

  /**
   * Subtracts another amount.
   *
   * @param other the amount to subtract
   * @return the difference
   */
  public Money minus(Money other) {
    return sek(amount().subtract(other.amount()));
  }

  /**
   * Divides the amount evenly, rounding half-even to whole öre (for example, cost per participant).
   *
   * @param divisor a positive count
   * @return the quotient
   * @throws ValidationException if the divisor is not positive
   */
  public Money dividedBy(long divisor) {
    ValidationException.check(divisor > 0, "cannot divide money by %d", divisor);
    return sek(amount().divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_EVEN));
  }

  @Override
  public int compareTo(Money other) {
    return amount().compareTo(other.amount());
  }

  @Value.Check
  Money normalize() {
    // the exponent is judged first: 1e999999999 is never expanded by setScale or toPlainString
    ValidationException.check(Bounds.number(amount()) == null
        && amount().abs().compareTo(Bounds.MAX_MONEY_SEK) <= 0,
        "amount %s SEK is beyond %s SEK", Bounds.show(amount()), Bounds.MAX_MONEY_SEK.toPlainString());
    ValidationException.check(
        amount().stripTrailingZeros().scale() <= 2,
        "amount %s SEK has fractions of öre", amount().toPlainString());
    if (amount().scale() != 2) {
      return ImmutableMoney.of(amount().setScale(2, RoundingMode.UNNECESSARY));
    }
    return this;
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " SEK";
  }
}
