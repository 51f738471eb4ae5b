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
   * Creates a forecast that is reachable when no more successes are needed than participants
   * remain.
   *
   * @param stillNeeded successes still needed (0 when the target is already safe)
   * @param remaining participants still active or pending who may yet succeed
   * @return the forecast
   */
  static Forecast of(int stillNeeded, int remaining) {
    return of(stillNeeded, remaining, stillNeeded <= remaining);
  }

  /**
   * Creates a forecast with the calculator's own verdict on reachability. esfkit-metrics says a
   * target is unreachable also when no one is or may ever be counted (an empty denominator and no
   * one remaining), although nothing more is needed.
   *
   * @param stillNeeded successes still needed (0 when the target is already safe)
   * @param remaining participants still active or pending who may yet succeed
   * @param reachable whether the target can still be reached
   * @return the forecast
   * @throws ValidationException if a count is negative, or reachable although more successes are
   *     needed than participants remain
   */
  static Forecast of(int stillNeeded, int remaining, boolean reachable) {
    return ImmutableForecast.of(stillNeeded, remaining, reachable);
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
   * Whether the target can still be reached; never true when more successes are needed than
   * participants remain.
   *
   * @return true if reachable
   */
  @Value.Parameter
  boolean reachable();

  /** Checks the counts. */
  @Value.Check
  default void check() {
    ValidationException.check(stillNeeded() >= 0, "forecast: still needed %d is negative", stillNeeded());
    ValidationException.check(remaining() >= 0, "forecast: remaining %d is negative", remaining());
    ValidationException.check(!reachable() || stillNeeded() <= remaining(),
        "forecast: %d successes needed of %d remaining cannot be reachable", stillNeeded(), remaining());
  }
}
