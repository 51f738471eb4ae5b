package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.esfkit.core.DateRange;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Rate;
import org.esfkit.core.Register;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The reproducers of the attack on the readers (issue 15): extreme exponents, dates and periods,
 * unpaired surrogates and control characters, duplicated placements, impossible birth years, and
 * sensitive values in messages. Each was accepted, crashed or exhausted memory before.
 */
class HostileInputTest {
  private static final Duration FAST = Duration.ofSeconds(5);

  private static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads within a few seconds (the reproducers took 13 s and 2 GB, or never ended). */
  private static List<String> fast(Supplier<ReadResult<?>> read) {
    ReadResult<?> r = assertTimeoutPreemptively(FAST, read::get);
    return r.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static List<String> project(String fields) {
    return fast(() -> ProjectJson.read(in(ProjectJsonTest.MINIMAL + ",\n" + fields + "\n}"), "p.json"));
  }

  private static List<String> register(String rows) {
    return fast(() -> RegisterCsv.read(in(RegisterCsvTest.HEADER + rows), "r.csv"));
  }

  private static final String DIGITS = "the number has more than 20 digits before or after the decimal point";

  @Test
  void hugeBudgetIsRejectedByItsExponent() {
    assertThat(project("\"total_budget_sek\": 1e999999999"))
        .containsExactly("p.json:5:$.total_budget_sek: " + DIGITS);
    assertThat(project("\"total_budget_sek\": 1e12")).containsExactly("p.json:5:$.total_budget_sek: "
        + "project '2020/00131': total_budget_sek 1000000000000.00 must lie in [0, 100000000000]");
  }

  @Test
  void exponentBeyondAnIntIsAProblemNotAnException() {
    // found by the fuzzer with the dictionary: Jackson threw NumberFormatException
    assertThat(project("\"eu_co_financing_rate\": 1e-999999999999")).singleElement().asString()
        .startsWith("p.json:5:$.eu_co_financing_rate: malformed JSON: the number's exponent is out of range");
  }

  @Test
  void tinyShareThresholdIsRejected() {
    String target = "\"targets\": [{\"id\": \"t\", \"type\": \"share\", \"measure\": \"exit_status\", "
        + "\"statuses\": [\"employment\"], \"at_least\": %s}]";
    assertThat(project(String.format(target, "1e-999999999")))
        .containsExactly("p.json:5:$.targets[0].at_least: " + DIGITS);
    assertThat(project(String.format(target, "0.0000001"))).containsExactly(
        "p.json:5:$.targets[0].at_least: target 't': at_least 0.0000001 has more than 6 decimals");
  }

  @Test
  void hugeCountTargetIsRejected() {
    String target = "\"targets\": [{\"id\": \"t\", \"type\": \"count\", \"of\": \"gender_breaking_placements\", \"at_least\": %s}]";
    assertThat(project(String.format(target, "1e999999999")))
        .containsExactly("p.json:5:$.targets[0].at_least: " + DIGITS);
    assertThat(project(String.format(target, "1e9"))).containsExactly(
        "p.json:5:$.targets[0].at_least: target 't': at_least 1000000000 must lie in [0, 10000000]");
  }

  @Test
  void tinyCoFinancingRateIsRejected() {
    assertThat(project("\"eu_co_financing_rate\": 1e-999999999"))
        .containsExactly("p.json:5:$.eu_co_financing_rate: " + DIGITS);
    assertThat(project("\"eu_co_financing_rate\": 0.00000001"))
        .containsExactly("p.json:5:$.eu_co_financing_rate: rate 0.00000001 has more than 6 decimals");
  }

  @Test
  void farFutureFollowUpIsRejectedNotWrapped() {
    assertThat(register("P1,woman,,,2012-01-01,2012-06-01,job_seeking,+11761233-07-21,employment,,\n"))
        .containsExactly("r.csv:2:follow_up_on: the date +11761233-07-21 is outside 1900-01-01..2200-12-31");
    String pathway = "[{\"participant_id\": \"P1\", \"events\": [{\"type\": \"enrolled\", \"on\": \"2012-01-01\"},"
        + " {\"type\": \"exited\", \"on\": \"2012-06-01\", \"status\": \"job_seeking\"},"
        + " {\"type\": \"followed_up\", \"on\": \"+11761233-07-21\", \"status\": \"employment\"}]}]";
    assertThat(fast(() -> PathwayJson.read(in(pathway), "w.json"))).containsExactly(
        "w.json:1:$[0].events[2].on: the date +11761233-07-21 is outside 1900-01-01..2200-12-31");
  }

  @Test
  void periodFromYearMinus999999999IsRejected() {
    String json = "{\"project_number\": \"1\", \"name\": \"n\", "
        + "\"period\": {\"start\": \"-999999999-01-01\", \"end\": \"2023-02-28\"}}";
    assertThat(fast(() -> ProjectJson.read(in(json), "p.json"))).containsExactly(
        "p.json:1:$.period.start: the date -999999999-01-01 is outside 1900-01-01..2200-12-31");
  }

  @Test
  void enormousWindowIsRejected() {
    String target = "\"targets\": [{\"id\": \"t\", \"type\": \"share\", \"measure\": \"follow_up_status\", "
        + "\"statuses\": [\"employment\"], \"at_least\": 0.5, \"window\": \"%s\"}]";
    assertThat(project(String.format(target, "P999999999Y")))
        .containsExactly("p.json:5:$.targets[0].window: the period P999999999Y is longer than 100 years");
    assertThat(project(String.format(target, "P100Y"))).isEmpty();
  }

  @Test
  void modelRejectsOutOfRangeValuesBuiltThroughTheApi() {
    assertTimeoutPreemptively(FAST, () -> {
      assertThatThrownBy(() -> DateRange.of(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(2020, 1, 1)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("range start -999999999-01-01 is outside 1900-01-01..2200-12-31");
      assertThatThrownBy(() -> PathwayEvent.followedUp(LocalDate.of(11_761_233, 7, 21), OutcomeStatus.EMPLOYMENT))
          .isInstanceOf(ValidationException.class)
          .hasMessage("event followed_up on +11761233-07-21 is outside 1900-01-01..2200-12-31");
      assertThatThrownBy(() -> Money.sek(new BigDecimal("1e999999999"))).isInstanceOf(ValidationException.class)
          .hasMessage("amount 1E+999999999 SEK is beyond 1000000000000000 SEK");
      assertThatThrownBy(() -> Rate.of(new BigDecimal("1e-999999999"))).isInstanceOf(ValidationException.class)
          .hasMessage("rate 1E-999999999 is outside [0, 1]");
      assertThatThrownBy(() -> Target.builder().id("t").type(TargetType.SHARE).measure(Measure.EXIT_STATUS)
          .addStatuses(OutcomeStatus.EMPLOYMENT).atLeast(new BigDecimal("1e-999999999")).build())
          .isInstanceOf(ValidationException.class).hasMessage("target 't': at_least 1E-999999999 must lie in [0, 1]");
      assertThatThrownBy(() -> Target.builder().id("t").type(TargetType.SHARE).measure(Measure.FOLLOW_UP_STATUS)
          .addStatuses(OutcomeStatus.EMPLOYMENT).atLeast(BigDecimal.ONE).window(Period.ofYears(999_999_999)).build())
          .isInstanceOf(ValidationException.class)
          .hasMessage("target 't': window P999999999Y is longer than 100 years");
    });
  }

  @Test
  void loneSurrogatesAreRejectedInJson() {
    assertThat(project("\"owner\": \"social\\ud800\"")).containsExactly(
        "p.json:5:$.owner: the text contains an unpaired surrogate (U+D800) at character 7");
    List<String> ps = project("\"targets\": [{\"id\": \"\\udc00x\", \"type\": \"enrolment\", \"planned\": 3}]");
    assertThat(ps).containsExactly(
        "p.json:5:$.targets[0].id: the text contains an unpaired surrogate (U+DC00) at character 1");
    // a pair is a character like any other
    assertThat(project("\"owner\": \"Dala \\ud83d\\ude00\"")).isEmpty();
  }

  @Test
  void loneSurrogatesCannotComeThroughCsv() {
    // CESU-8 / WTF-8 bytes of U+D800: not UTF-8
    byte[] head = (RegisterCsvTest.HEADER + "P1,woman,,A").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2012-01-01,,,,,,\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 3 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xED;
    all[head.length + 1] = (byte) 0xA0;
    all[head.length + 2] = (byte) 0x80;
    System.arraycopy(tail, 0, all, head.length + 3, tail.length);
    assertThat(RegisterCsv.read(new ByteArrayInputStream(all), "r.csv").problems())
        .extracting(Problem::toString).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void controlAndBidiCharactersAreRejectedAndNeverPrintedRaw() {
    List<String> ps = register("P\u00001,woman,,A\u202Eb,2012-01-01,,,,,,\n"
        + "P2,woman,,\u001b[31mred,2012-01-01,,,,,,\n"
        + "P3\u009b,woman,,,2012-01-01,,,,,,\n");
    assertThat(ps).containsExactly(
        "r.csv:2:participant_id: the text contains a control character (U+0000) at character 2",
        "r.csv:2:site: the text contains a bidirectional control (U+202E) at character 2",
        "r.csv:3:site: the text contains a control character (U+001B) at character 1",
        "r.csv:4:participant_id: the text contains a control character (U+009B) at character 3");
    String json = "[{\"participant_id\": \"P1\\u001b]0;pwned\\u0007\", \"gender\": \"woman\"},"
        + " {\"participant_id\": \"P1\\u001b]0;pwned\\u0007\", \"gender\": \"man\"}]";
    List<String> jps = fast(() -> ParticipantsJson.read(in(json), "q.json"));
    assertThat(jps).contains("q.json:1:$[0].participant_id: the text contains a control character (U+001B) at character 3");
    // the id named in the duplicate message is escaped, as every part of every problem is
    assertThat(String.join("\n", jps)).doesNotContain("\u001b", "\u0007").contains("P1\\u001B]0;pwned\\u0007");
    // field names too
    assertThat(project("\"\\u202Eowner\": \"x\"")).allSatisfy(p -> assertThat(p).doesNotContain("\u202E"))
        .contains("p.json:5:$['\\u202Eowner']: the field name contains a bidirectional control (U+202E) at character 1");
  }

  @Test
  void tabsAndLineBreaksStayInValuesButNotInMessages() {
    ReadResult<Register> r = RegisterCsv.read(in(RegisterCsvTest.HEADER + "P1,woman,,\"Ny\nby\",2012-01-01,,,,,,\n"), "r.csv");
    assertThat(r.problems()).isEmpty();
    assertThat(r.value().participants().get(0).site()).isEqualTo("Ny\nby");
    assertThat(Problem.of("a\tb", 1, "c\nd", "e\rf").toString()).isEqualTo("a\\u0009b:1:c\\u000Ad: e\\u000Df");
  }

  @Test
  void duplicatedPlacementIsCountedOnceAndReported() {
    String header = "participant_id,employer_id,task_id,kind,started_on,ended_on,gender_breaking\n";
    String row = "P1,E1,T1,internship,2020-03-01,2020-04-01,yes\n";
    String conflicting = "P1,E1,T1,internship,2020-03-01,2020-05-01,yes\n";
    ReadResult<List<org.esfkit.core.Placement>> r = PlacementsCsv.read(in(header + row + row + conflicting
        + "P1,E1,T2,internship,2020-03-01,2020-05-01,yes\n" + conflicting), "pl.csv");
    assertThat(r.problems()).extracting(Problem::toString).containsExactly(
        "pl.csv:3:-: warning: the row repeats the placement on line 2 exactly; it is counted once",
        "pl.csv:4:started_on: participant P1 already has a placement of kind internship at employer E1 for task T1 "
            + "starting on 2020-03-01 (line 2)",
        // a repeat of a rejected row is not "counted once": it conflicts with the accepted one, as that row did
        "pl.csv:6:started_on: participant P1 already has a placement of kind internship at employer E1 for task T1 "
            + "starting on 2020-03-01 (line 2)");
    // counted once: the gender-breaking placements are lines 2 and 5
    assertThat(r.acceptedValue()).hasSize(2);
    assertThat(r.recordLines()).containsExactly(2L, 5L);
    assertThat(r.problems()).extracting(Problem::isError).containsExactly(false, true, true);
    assertThat(r.rowsRead()).isEqualTo(r.rowsAccepted() + r.rowsRejected());
  }

  @Test
  void birthYearAfterEnrolmentIsRejectedWithoutTheYear() {
    assertThat(register("P1,woman,2013,A,2012-01-01,,,,,,\n"))
        .containsExactly("r.csv:2:birth_year: birth_year is after the year of enrolled_on");
    assertThat(register("P1,woman,2012,A,2012-01-01,,,,,,\n")).isEmpty();
    Participant p = Participant.builder().id("P1").gender(Gender.WOMAN).birthYear(2013).build();
    Pathway w = Pathway.builder().participantId("P1").addEvents(PathwayEvent.of(EventType.ENROLLED,
        LocalDate.of(2012, 1, 1))).build();
    assertThatThrownBy(() -> Register.builder().add(p, w).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("register: participant P1: birth_year is after the year of enrolled_on");
  }

  @Test
  void participantsJsonNeverEchoesSensitiveValues() {
    String json = "[{\"participant_id\": \"P1\", \"gender\": \"femme\", \"birth_year\": 1850, \"isced\": 9,"
        + " \"target_groups\": [\"substance_abuse_histroy\", \"young\", \"young\"],"
        + " \"accessibility_needs\": [\"wheelchair user\"]}]";
    List<String> ps = fast(() -> ParticipantsJson.read(in(json), "q.json"));
    assertThat(ps).containsExactly(
        "q.json:1:$[0].gender: unknown gender; expected one of woman, man, non_binary, not_reported",
        "q.json:1:$[0].target_groups[0]: unknown target group; expected one of long_term_unemployed, unemployed, "
            + "young, newly_arrived, foreign_born, low_schooling, disability, sick_listed, no_sickness_benefit, "
            + "social_assistance, substance_abuse_history, pre_rehabilitation, study_to_work_transition",
        "q.json:1:$[0].target_groups[2]: the value appears twice",
        "q.json:1:$[0].accessibility_needs[0]: unknown accessibility; expected one of "
            + String.join(", ", accessibilityCodes()));
    String all = String.join("\n", ps);
    assertThat(all).doesNotContain("femme", "histroy", "wheelchair", "'young'");
  }

  @Test
  void registerNeverEchoesBirthYearOrIsced() {
    String header = RegisterCsvTest.HEADER.replace("\n", ",isced\n");
    List<String> ps = fast(() -> RegisterCsv.read(in(header + "P1,woman,1850,A,2012-01-01,,,,,,,9\n"), "r.csv"));
    assertThat(ps).containsExactly("r.csv:2:birth_year: participant P1: birth_year must lie in 1900..2100");
    ps = fast(() -> RegisterCsv.read(in(header + "P1,woman,1950,A,2012-01-01,,,,,,,9\n"), "r.csv"));
    assertThat(ps).containsExactly("r.csv:2:isced: participant P1: isced must lie in 0..8");
    ps = fast(() -> RegisterCsv.read(in(header + "P1,woman,19x0,A,2012-01-01,,,,,,,nine\n"), "r.csv"));
    assertThat(String.join("\n", ps)).doesNotContain("19x0", "nine");
  }

  @Test
  void registerAndPathwayPrintNoStatusesOrDates() {
    Pathway w = Pathway.builder().participantId("P7").addEvents(PathwayEvent.of(EventType.ENROLLED,
        LocalDate.of(2012, 3, 4))).addEvents(PathwayEvent.builder().type(EventType.EXITED)
        .on(LocalDate.of(2013, 5, 6)).status(OutcomeStatus.SUBSIDISED_EMPLOYMENT).qualificationGained(true).build())
        .build();
    Register reg = Register.builder().add(Participant.builder().id("P7").gender(Gender.WOMAN)
        .birthYear(1977).build(), w).build();
    for (String s : List.of(w.toString(), reg.toString(), w.events().get(1).toString(), w.asOf(
        LocalDate.of(2014, 1, 1)).toString())) {
      assertThat(s).doesNotContain("2012", "2013", "subsidised", "SUBSIDISED", "1977", "WOMAN", "true");
    }
    assertThat(reg.toString()).isEqualTo("Register{participants=1}");
  }

  private static List<String> accessibilityCodes() {
    return java.util.Arrays.stream(org.esfkit.core.Accessibility.values()).map(org.esfkit.core.Accessibility::code)
        .collect(Collectors.toList());
  }
}
