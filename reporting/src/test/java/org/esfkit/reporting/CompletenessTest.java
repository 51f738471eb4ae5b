package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.esfkit.metrics.IndicatorCount;
import org.esfkit.metrics.IndicatorList;
import org.esfkit.metrics.PersonalDataField;
import org.junit.jupiter.api.Test;

/** Completeness and the grand total next to the indicators, suppressed as counts of people. */
class CompletenessTest {
  private static final ReportOptions EN = ReportOptions.builder().locale(Locale.ENGLISH).build();

  /** 60 participants (30 women, 30 men), 58 complete: 2 lack an education level, 7 an age. */
  private static ProgressReport report() {
    ProgressReport base = Fixtures.allaKanArbeta();
    Map<PersonalDataField, Long> missing = new EnumMap<>(PersonalDataField.class);
    missing.put(PersonalDataField.GENDER, 0L);
    missing.put(PersonalDataField.LABOUR_MARKET_STATUS, 9L);
    missing.put(PersonalDataField.AGE, 7L);
    missing.put(PersonalDataField.EDUCATION, 2L);
    IndicatorCount c = IndicatorCount.builder().list(IndicatorList.ESF_PLUS).asOf(Fixtures.AS_OF).grandTotal(60)
        .grandTotalByGender(Fixtures.counts(30, 30, 0, 0)).complete(49).missingByField(missing)
        .ageUncertain(Map.of(18, List.of(), 30, List.of(), 55, List.of())).results(base.indicators()).build();
    return ProgressReport.builder().from(base).indicatorCount(c).build();
  }

  @Test
  void theFieldsMostOftenMissingComeFirstAndHiddenCountsLastInTheirOwnOrder() {
    String md = ReportWriter.render(report(), EN, ReportFormat.MARKDOWN);
    // 60 = 30 + 30 + 0 + 0: the hidden zeros would add up to 0 beside 60 and 30, so the women's 30
    // is hidden too (the first of the two on the tie)
    assertThat(md).contains("| Grand total of participants \\(every record\\) | 60 |\n"
        + "| of whom women | .. |\n| of whom men | 30 |\n| of whom non-binary | .. |\n| of whom not reported | .. |\n"
        + "| Complete records | 49 |\n| Share of complete records | 81.7% |\n"
        + "| Records missing labour market status | 9 |\n| Records missing age | 7 |\n"
        + "| Records missing gender | .. |\n| Records missing education level | .. |\n");
  }

  @Test
  void aSmallNumberOfIncompleteRecordsHidesTheCompleteOnesAndTheirShare() {
    ProgressReport r = report();
    IndicatorCount few = IndicatorCount.builder().from(r.indicatorCount()).complete(57).build();
    ProgressReport almost = ProgressReport.builder().from(r).indicatorCount(few).build();
    // 3 incomplete records are a small count: 57 shown beside 60 would give them away
    String md = ReportWriter.render(almost, EN, ReportFormat.MARKDOWN);
    assertThat(md).contains("| Complete records | .. |\n| Share of complete records | .. |\n");
    String sv = ReportWriter.render(almost, ReportOptions.builder().internal(true).build(), ReportFormat.HTML);
    assertThat(sv).contains("<th scope=\"row\">Fullständiga uppgifter</th>\n<td class=\"num\">57</td>")
        .contains("<th scope=\"row\">Andel fullständiga uppgifter</th>\n<td class=\"num\">95,0\u00a0%</td>");
  }

  @Test
  void aReportBuiltWithoutACountHasNoCompletenessTable() {
    ProgressReport r = ProgressReport.builder().from(Fixtures.allaKanArbeta()).indicatorCount(null).build();
    assertThat(ReportWriter.render(r, EN, ReportFormat.MARKDOWN)).doesNotContain("Completeness of records")
        .contains("| EECO01 |");
  }

  @Test
  void anIndicatorCountedFromTheOperationsTargetGroupSaysSoInEnglishAndSwedish() {
    ProgressReport base = report();
    List<org.esfkit.metrics.IndicatorResult> marked = new java.util.ArrayList<>();
    for (org.esfkit.metrics.IndicatorResult r : base.indicators()) {
      marked.add(org.esfkit.metrics.IndicatorResult.builder().from(r)
          .list(IndicatorList.ESF_PLUS).fromOperationTargetGroup(r.code().equals("EECO02")).build());
    }
    IndicatorCount count = IndicatorCount.builder().from(base.indicatorCount()).results(marked)
        .operationTargetGroup(org.esfkit.core.LabourStatus.UNEMPLOYED).build();
    ProgressReport r = ProgressReport.builder().from(base).indicators(marked).indicatorCount(count).build();
    assertThat(ReportWriter.render(r, EN, ReportFormat.MARKDOWN))
        .contains("| EECO02 | unemployed, including long-term unemployed \\(from the operation's target group\\) |")
        .contains("| EECO03 | long-term unemployed |");
    assertThat(ReportWriter.render(r, ReportOptions.builder().internal(true).build(), ReportFormat.MARKDOWN))
        .contains("| EECO02 | arbetslösa, inklusive långtidsarbetslösa \\(utifrån insatsens målgrupp\\) |");
  }
}
