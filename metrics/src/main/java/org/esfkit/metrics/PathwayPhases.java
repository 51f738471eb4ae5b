package org.esfkit.metrics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.PathwayPhase;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.jspecify.annotations.Nullable;

/**
 * The participants active as of a date in each phase of their pathway, by gender: Kraftverket's
 * five phases (förmåga och potential → kompetensutveckling → praktik och arbete → socialt
 * företagande → utslussning) or any other {@link PathwayPhase}. A participant is active when
 * enrolled on or before the date and the spell in force has not ended by it (as targets count
 * active participants); the phase is the one most recently started on or before the date within
 * that spell. Active participants with no phase started in their spell are counted as
 * {@link #withoutPhase()}. Immutable and thread-safe.
 *
 * @param asOf the date
 * @param recorded whether any participant's pathway carries a phase event at all; when false, the
 *     counts say nothing about phases and reports leave the section out
 * @param byPhase active participants per phase and gender, every phase and gender present
 * @param withoutPhase active participants without a phase in their spell, by gender
 */
public record PathwayPhases(LocalDate asOf, boolean recorded, Map<PathwayPhase, Map<Gender, Long>> byPhase,
    Map<Gender, Long> withoutPhase) {
  /**
   * Checks and copies the counts.
   *
   * @throws ValidationException if a phase or gender is missing
   */
  public PathwayPhases {
    EnumMap<PathwayPhase, Map<Gender, Long>> phases = new EnumMap<>(PathwayPhase.class);
    for (PathwayPhase p : PathwayPhase.values()) {
      ValidationException.check(byPhase.containsKey(p), "phases as of %s: phase %s is missing", asOf, p.code());
      phases.put(p, genders(asOf, byPhase.get(p)));
    }
    byPhase = Collections.unmodifiableMap(phases);
    withoutPhase = genders(asOf, withoutPhase);
  }

  private static Map<Gender, Long> genders(LocalDate asOf, Map<Gender, Long> counts) {
    EnumMap<Gender, Long> m = new EnumMap<>(Gender.class);
    for (Gender g : Gender.values()) {
      ValidationException.check(counts.containsKey(g), "phases as of %s: gender %s is missing", asOf, g.code());
      m.put(g, counts.get(g));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Active participants in a phase, all genders.
   *
   * @param phase the phase
   * @return the count
   */
  public long total(PathwayPhase phase) {
    return byPhase.get(phase).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Counts a cohort's active participants per phase as of a date, when any pathway carries a
   * phase event; otherwise, as reports then leave the section out, nothing is counted.
   *
   * @param cohort the cohort
   * @param asOf the date
   * @return the counts, or null when no pathway carries a phase event
   */
  public static @Nullable PathwayPhases ifRecorded(Cohort cohort, LocalDate asOf) {
    return recorded(cohort.tables()) ? of(cohort, asOf) : null;
  }

  private static boolean recorded(CohortTables c) {
    return c.phasesFrom(c.participantCount()) > 0;
  }

  /**
   * Counts a cohort's active participants per phase as of a date.
   *
   * @param cohort the cohort
   * @param asOf the date
   * @return the counts
   */
  public static PathwayPhases of(Cohort cohort, LocalDate asOf) {
    CohortTables c = cohort.tables();
    int day = (int) asOf.toEpochDay();
    int phases = PathwayPhase.values().length;
    long[] counts = new long[(phases + 1) * Codes.GENDERS];
    for (int i = 0, n = c.participantCount(); i < n; i++) {
      if (c.enrolledOn(i) > day || c.exitedOn(i, day) <= day) {
        continue;
      }
      int spell = c.spellEnrolledOn(i, day);
      int phase = phases; // the slot for "no phase"
      for (int k = c.phasesFrom(i), to = c.phasesFrom(i + 1); k < to && c.phaseOn(k) <= day; k++) {
        if (c.phaseOn(k) >= spell) {
          phase = c.phase(k);
        }
      }
      counts[phase * Codes.GENDERS + c.gender(i)]++;
    }
    Map<PathwayPhase, Map<Gender, Long>> by = new EnumMap<>(PathwayPhase.class);
    for (int p = 0; p < phases; p++) {
      by.put(Codes.pathwayPhase(p), row(counts, p));
    }
    return new PathwayPhases(asOf, recorded(c), by, row(counts, phases));
  }

  private static Map<Gender, Long> row(long[] counts, int slot) {
    Map<Gender, Long> m = new EnumMap<>(Gender.class);
    for (int g = 0; g < Codes.GENDERS; g++) {
      m.put(Codes.gender(g), counts[slot * Codes.GENDERS + g]);
    }
    return m;
  }
}
