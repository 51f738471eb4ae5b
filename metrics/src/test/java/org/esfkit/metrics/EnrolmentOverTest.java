package org.esfkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enrolment at several dates in one pass is enrolment at each date. */
class EnrolmentOverTest {
  @Test
  void onePassGivesTheEnrolmentOfEachDateIncludingRepeatedDatesAndDatesBeforeAnyone() {
    for (long seed = 1; seed <= 3; seed++) {
      Cohort cohort = SeriesAgreesWithEvaluationTest.cohort(seed);
      List<LocalDate> dates = new ArrayList<>();
      dates.add(LocalDate.of(1999, 1, 1));
      for (LocalDate d = LocalDate.of(2019, 1, 31); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(61)) {
        dates.add(d);
        if (d.getMonthValue() == 5) {
          dates.add(d);
        }
      }
      List<Enrolment> over = Enrolment.over(cohort, dates);
      assertThat(over).hasSameSizeAs(dates);
      for (int k = 0; k < dates.size(); k++) {
        assertThat(over.get(k)).as(dates.get(k).toString()).isEqualTo(Enrolment.of(cohort, dates.get(k)));
      }
    }
  }

  @Test
  void datesOutOfOrderAreRefused() {
    Cohort cohort = SeriesAgreesWithEvaluationTest.cohort(1);
    assertThatThrownBy(() -> Enrolment.over(cohort, List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
  }
}
