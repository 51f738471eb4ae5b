package org.esfkit.core;

import org.esfkit.core.internal.Bounds;
import java.time.LocalDate;
import org.immutables.value.Value;

/** An organisational achievement of a project, such as a social enterprise established. */
@Value.Immutable
public interface Achievement {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableAchievement.Builder builder() {
    return ImmutableAchievement.builder();
  }

  /**
   * What was achieved.
   *
   * @return the kind
   */
  AchievementKind kind();

  /**
   * When it was achieved.
   *
   * @return the date
   */
  LocalDate on();

  /** Checks that the date is within the dates esfkit accepts. */
  @Value.Check
  default void check() {
    Bounds.checkDate("achievement: on", on());
  }

  /**
   * Its name, e.g. the social enterprise's.
   *
   * @return free text
   */
  String name();
}
