package org.esfkit.metrics;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A 95 % Wilson score interval for a share, with z = 1.959964. Unlike the normal approximation it
 * stays inside [0, 1] and behaves for small cohorts and shares near 0 or 1.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WilsonInterval {
  /** The quantile of the standard normal distribution for 95 %. */
  public static final double Z95 = 1.959964;

  /**
   * Lower bound.
   *
   * @return in [0, 1]
   */
  @Value.Parameter
  public abstract double low();

  /**
   * Upper bound.
   *
   * @return in [0, 1]
   */
  @Value.Parameter
  public abstract double high();

  /**
   * Computes the 95 % interval of {@code successes / trials}.
   *
   * @param successes successes
   * @param trials trials
   * @return the interval, or null if {@code trials} is 0
   */
  public static @Nullable WilsonInterval of(long successes, long trials) {
    if (trials <= 0) {
      return null;
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z95 * Z95;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // at 0 and at n the bounds are exactly 0 and 1; say so rather than leave rounding residue
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == trials ? 1 : Math.min(1, centre + half);
    return ImmutableWilsonInterval.of(low, high);
  }

  @Override
  public String toString() {
    return "[" + low() + ", " + high() + "]";
  }
}
