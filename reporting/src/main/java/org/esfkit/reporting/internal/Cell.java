package org.esfkit.reporting.internal;

import org.esfkit.core.Money;

/**
 * One figure of a report as every format shows it, decided once by {@link Figures}: a value, the
 * one {@link #MASK masked form} when suppression hides it, or nothing when it is undefined. The
 * renderers only format cells; none decides what to hide.
 */
public sealed interface Cell {
  /**
   * The one form every format shows for a hidden value, whatever the value is (zero or not, below
   * the threshold or hidden to protect another value). It is the sign of Swedish official statistics
   * for a figure not given ("uppgift inte tillgänglig eller för osäker för att anges").
   */
  String MASK = "..";

  /** An undefined figure (a share of 0), shown as a dash or left empty. */
  Cell NONE = new None();

  /** A hidden figure. */
  Cell MASKED = new Masked();

  /**
   * A count.
   *
   * @param value the count
   */
  record Count(long value) implements Cell {}

  /**
   * A share, ratio or growth, shown as a percentage where people read it.
   *
   * @param value the value, 1.0 = 100 %
   */
  record Ratio(double value) implements Cell {}

  /**
   * A plain number such as days or a score.
   *
   * @param value the number
   * @param decimals the decimals to show where people read it
   */
  record Number(double value, int decimals) implements Cell {}

  /**
   * An amount of money.
   *
   * @param value the amount
   */
  record Amount(Money value) implements Cell {}

  /** See {@link #MASKED}. */
  record Masked() implements Cell {}

  /** See {@link #NONE}. */
  record None() implements Cell {}

  /**
   * Whether the figure is hidden.
   *
   * @return true for {@link #MASKED}
   */
  default boolean masked() {
    return this instanceof Masked;
  }
}
