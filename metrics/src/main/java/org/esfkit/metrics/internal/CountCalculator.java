package org.esfkit.metrics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.esfkit.core.CountOf;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;

/**
 * {@code count} and {@code growth} targets. What is counted, as of D:
 * <ul>
 *   <li>{@code gender_breaking_placements}: placements flagged gender-breaking, started on or
 *       before D;</li>
 *   <li>{@code tasks_identified}: tasks identified on or before D and offered to all participants
 *       regardless of gender;</li>
 *   <li>{@code social_enterprises_established}: achievements of that kind dated on or before D;</li>
 *   <li>{@code employers_hosting_interns}: distinct employers with an internship placement started
 *       inside the project period and on or before D;</li>
 *   <li>{@code internship_placements}: internship placements started inside the project period and
 *       on or before D;</li>
 *   <li>{@code participants_enrolled}: participants enrolled on or before D.</li>
 * </ul>
 * A growth target compares the count with its baseline: (count − baseline) / baseline. A count
 * whose source was not supplied (placements, tasks) has no count and is insufficient data.
 */
public final class CountCalculator implements TargetCalculator {
  private final TargetType type;

  /**
   * Creates the calculator of one type.
   *
   * @param type {@link TargetType#COUNT} or {@link TargetType#GROWTH}
   */
  public CountCalculator(TargetType type) {
    this.type = type;
  }

  @Override
  public String name() {
    return type.code();
  }

  @Override
  public boolean supports(Target target) {
    return target.type() == type;
  }

  @Override
  public Metric metric(Target target) {
    return (tables, asOf) -> new Acc(target, tables, asOf);
  }

  private static final class Acc implements MetricAccumulator {
    private static final byte INTERNSHIP = Codes.PLACEMENT_INTERNSHIP;
    private static final byte SOCIAL_ENTERPRISE = Codes.SOCIAL_ENTERPRISE_ESTABLISHED;
    private final Target target;
    private final CountOf of;
    private final CohortTables tables;
    private final LocalDate asOf;
    private final int day;
    private final Bits rows;
    /** Tasks: count only those open to all genders (the default), or every task. */
    private final boolean openOnly;

    Acc(Target target, CohortTables tables, LocalDate asOf) {
      this.target = target;
      this.openOnly = !Boolean.FALSE.equals(target.openToAllGenders());
      this.of = target.of();
      this.tables = tables;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.rows = new Bits(tableSize(of, tables));
    }

    private static int tableSize(CountOf of, CohortTables c) {
      switch (of) {
        case PARTICIPANTS_ENROLLED:
          return c.participantCount();
        case EMPLOYERS_HOSTING_INTERNS:
          return c.employerCount();
        case TASKS_IDENTIFIED:
          return c.taskCount();
        case SOCIAL_ENTERPRISES_ESTABLISHED:
          return c.achievementCount();
        default:
          return c.placementCount();
      }
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      if (of == CountOf.PARTICIPANTS_ENROLLED) {
        for (int i = from; i < to; i++) {
          if (c.enrolledOn(i) <= day) {
            rows.set(i);
          }
        }
      }
    }

    @Override
    public void placements(CohortTables c, int from, int to) {
      if (of == CountOf.GENDER_BREAKING_PLACEMENTS) {
        for (int k = from; k < to; k++) {
          if (c.placementGenderBreaking(k) && c.placementStartedOn(k) <= day) {
            rows.set(k);
          }
        }
      } else if (of == CountOf.EMPLOYERS_HOSTING_INTERNS || of == CountOf.INTERNSHIP_PLACEMENTS) {
        int last = Math.min(day, c.projectEnd());
        for (int k = from; k < to; k++) {
          int start = c.placementStartedOn(k);
          if (c.placementKind(k) == INTERNSHIP && start >= c.projectStart() && start <= last) {
            rows.set(of == CountOf.EMPLOYERS_HOSTING_INTERNS ? c.placementEmployer(k) : k);
          }
        }
      }
    }

    @Override
    public void tasks(CohortTables c, int from, int to) {
      if (of == CountOf.TASKS_IDENTIFIED) {
        for (int k = from; k < to; k++) {
          if ((c.taskOpenToAllGenders(k) || !openOnly) && c.taskIdentifiedOn(k) <= day) {
            rows.set(k);
          }
        }
      }
    }

    @Override
    public void achievements(CohortTables c, int from, int to) {
      if (of == CountOf.SOCIAL_ENTERPRISES_ESTABLISHED) {
        for (int k = from; k < to; k++) {
          if (c.achievementKind(k) == SOCIAL_ENTERPRISE && c.achievementOn(k) <= day) {
            rows.set(k);
          }
        }
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      rows.or(((Acc) other).rows);
    }

    private IntFunction<String> label() {
      CohortTables c = tables;
      switch (of) {
        case PARTICIPANTS_ENROLLED:
          return c::participantId;
        case EMPLOYERS_HOSTING_INTERNS:
          return c::employerId;
        case TASKS_IDENTIFIED:
          return c::taskId;
        case SOCIAL_ENTERPRISES_ESTABLISHED:
          return c::achievementName;
        default:
          return k -> c.participantId(c.placementParticipant(k)) + "@" + c.employerId(c.placementEmployer(k));
      }
    }

    @Override
    public Audit audit() {
      List<String> ids = rows.labels(label());
      return Audit.of(ids, ids);
    }

    @Override
    public TargetResult result() {
      String reason = Verdicts.countReason(tables, asOf, of);
      Long count = reason == null ? (long) rows.cardinality() : null;
      boolean isFinal = reason == null && Verdicts.isFinal(tables, day, 0);
      if (target.type() == TargetType.GROWTH) {
        long base = target.baseline();
        Status status = count == null ? Status.INSUFFICIENT_DATA
            : BigDecimal.valueOf(count - base).compareTo(target.atLeast().multiply(BigDecimal.valueOf(base))) >= 0
                ? Status.ACHIEVED : Status.NOT_ACHIEVED;
        return new GrowthResult(target.id(), asOf, status, isFinal, reason, of, target.atLeast(), count, base);
      }
      Status status = count == null ? Status.INSUFFICIENT_DATA
          : Verdicts.reaches(count, target.atLeast()) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
      return new CountResult(target.id(), asOf, status, isFinal, reason, of, target.atLeast(), count);
    }
  }
}
