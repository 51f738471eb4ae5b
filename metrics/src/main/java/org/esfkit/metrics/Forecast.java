package org.esfkit.metrics;

import org.immutables.value.Value;

/**
 * For a share target: how many of the participants still in the pipeline (active, or exited with
 * an open follow-up window) must still succeed for the overall share to reach the threshold once
 * they are all counted, and whether that is still possible. Gender parity is not forecast.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface Forecast {
  /**
   * Creates a forecast.
   *
   * @param remaining participants still active or pending
   * @param needed successes still needed among them
   * @param reachable whether {@code needed <= remaining}
   * @return the forecast
   */
  static Forecast of(long remaining, long needed, boolean reachable) {
    return ImmutableForecast.builder().remaining(remaining).needed(needed).reachable(reachable).build();
  }

  /**
   * Participants still active or pending, who may yet enter the denominator.
   *
   * @return the count
   */
  long remaining();

  /**
   * Successes still needed among the remaining participants; 0 if the target holds even if all of
   * them fail.
   *
   * @return the count
   */
  long needed();

  /**
   * Whether the target can still be reached.
   *
   * @return true if {@code needed <= remaining} and someone is or may be counted
   */
  boolean reachable();
}
