package org.esfkit.reporting;

import org.esfkit.core.ValidationException;
import org.immutables.value.Value;

/**
 * What a share target still needs: how many of the participants still active or pending must
 * succeed for the target to be reached, and whether that is still possible.
 */
@Value.Immutable
public interface Forecast {
  /**
   * Creates a forecast.
   *
   * @param stillNeeded successes still needed (0 when the target is already safe)
   * @param remaining participants still active or pending who may yet succeed
   * @return the forecast
   */
  static Forecast of(int stillNeeded, int remaining) {
    return ImmutableForecast.of(stillNeeded, remaining);
  }

  /**
   * Successes still needed.
   *
   * @return a count, 0 when nothing more is needed
   */
  @Value.Parameter
  int stillNeeded();

  /**
   * Participants still active or pending.
   *
   * @return a count
   */
  @Value.Parameter
  int remaining();

  /**
   * Whether the target can still be reached: no more successes are needed than participants remain.
   *
   * @return true if reachable
   */
  default boolean reachable() {
    return stillNeeded() <= remaining();
  }

  /** Checks the counts. */
  @Value.Check
  default void check() {
    ValidationException.check(stillNeeded() >= 0, "forecast: still needed %d is negative", stillNeeded());
    ValidationException.check(remaining() >= 0, "forecast: remaining %d is negative", remaining());
  }
}
