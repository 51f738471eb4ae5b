package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.esfkit.core.Achievement;
import org.esfkit.core.AchievementKind;
import org.esfkit.core.CountOf;
import org.esfkit.core.DateRange;
import org.esfkit.core.Eligibility;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EsfRegion;
import org.esfkit.core.InterventionType;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Measure;
import org.esfkit.core.Money;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.ParticipationRange;
import org.esfkit.core.ProgrammeArea;
import org.esfkit.core.ProjectPhase;
import org.esfkit.core.ProjectPhaseKind;
import org.esfkit.core.Rate;
import org.esfkit.core.SpecificObjective;
import org.esfkit.core.Target;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.TargetType;
import org.junit.jupiter.api.Test;

class ProjectJsonTest {
  static ReadResult<EsfProject> read(String json) {
    return ProjectJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json");
  }

  static List<String> problems(String json) {
    return read(json).problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  static final String MINIMAL = "{\n"
      + "  \"project_number\": \"2020/00131\",\n"
      + "  \"name\": \"Alla kan arbeta\",\n"
      + "  \"period\": {\"start\": \"2020-09-01\", \"end\": \"2023-02-28\"}";

  @Test
  void readsEveryField() {
    String json = MINIMAL + ",\n"
        + "  \"owner\": \"Sundsvalls kommun\",\n"
        + "  \"region\": \"Mellersta Norrland\",\n"
        + "  \"programme_area\": 2,\n"
        + "  \"specific_objective\": \"2.1\",\n"
        + "  \"intervention_type\": 102,\n"
        + "  \"eu_co_financing_rate\": 0.50,\n"
        + "  \"total_budget_sek\": 14170499,\n"
        + "  \"esf_grant_sek\": 6659826.50,\n"
        + "  \"planned_participants\": 120,\n"
        + "  \"planned_participants_by_site\": {\"Jönköping\": 60, \"Gotland\": 60},\n"
        + "  \"planned_participation\": {\"min\": \"P6M\", \"max\": \"P12M\"},\n"
        + "  \"target_groups\": [\"long_term_unemployed\", \"newly_arrived\"],\n"
        + "  \"eligibility\": {\"min_age\": 25, \"max_age\": 64},\n"
        + "  \"co_financiers\": [\"Arbetsförmedlingen\"],\n"
        + "  \"partners\": [\"Region Gotland\"],\n"
        + "  \"municipalities\": [\"Jönköping\", \"Gotland\"],\n"
        + "  \"methods\": [\"Supported Employment\"],\n"
        + "  \"phases\": [{\"kind\": \"mobilisation\", \"start\": \"2020-09-01\", \"end\": \"2020-12-31\"},"
        + " {\"kind\": \"implementation\"}],\n"
        + "  \"achievements\": [{\"kind\": \"social_enterprise_established\", \"on\": \"2022-05-01\", \"name\": \"Kooperativet\"}],\n"
        + "  \"assumptions\": [\"baseline of host employers taken as 4\"],\n"
        + "  \"targets\": [{\"id\": \"self-sufficient\", \"type\": \"share\", \"measure\": \"follow_up_status\","
        + " \"statuses\": [\"employment\", \"studies\"], \"window\": \"P3M\", \"at_least\": 0.60,"
        + " \"parity\": \"max_gap\", \"max_gap\": 0.05, \"description\": \"60 % self-sufficient\"},\n"
        + "    {\"id\": \"hosts\", \"type\": \"growth\", \"of\": \"employers_hosting_interns\", \"baseline\": 4, \"at_least\": 0.5},\n"
        + "    {\"id\": \"reach\", \"type\": \"enrolment\", \"planned\": 120, \"by_site\": {\"Jönköping\": 60, \"Gotland\": 60}}]\n"
        + "}\n";
    ReadResult<EsfProject> r = read(json);
    assertThat(r.problems()).isEmpty();
    EsfProject p = r.value();
    assertThat(p.region()).isEqualTo(EsfRegion.MELLERSTA_NORRLAND);
    assertThat(p.programmeArea()).isEqualTo(ProgrammeArea.of("2"));
    assertThat(p.specificObjective()).isEqualTo(SpecificObjective.of("2.1"));
    assertThat(p.interventionType()).isEqualTo(InterventionType.of("102"));
    assertThat(p.euCoFinancingRate().value()).isEqualTo(new BigDecimal("0.50"));
    assertThat(p.totalBudget()).isEqualTo(Money.sek("14170499"));
    assertThat(p.esfGrant().amount()).isEqualTo(new BigDecimal("6659826.50"));
    assertThat(p.plannedParticipantsBySite()).containsExactly(
        org.assertj.core.api.Assertions.entry("Jönköping", 60), org.assertj.core.api.Assertions.entry("Gotland", 60));
    assertThat(p.plannedParticipation()).isEqualTo(ParticipationRange.of(Period.ofMonths(6), Period.ofMonths(12)));
    assertThat(p.targetGroups()).containsExactlyInAnyOrder(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.NEWLY_ARRIVED);
    assertThat(p.eligibility()).isEqualTo(Eligibility.builder().minAge(25).maxAge(64).build());
    assertThat(p.phases()).containsExactly(
        ProjectPhase.builder().kind(ProjectPhaseKind.MOBILISATION)
            .period(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31))).build(),
        ProjectPhase.builder().kind(ProjectPhaseKind.IMPLEMENTATION).build());
    assertThat(p.achievements()).containsExactly(Achievement.builder()
        .kind(AchievementKind.SOCIAL_ENTERPRISE_ESTABLISHED).on(LocalDate.of(2022, 5, 1)).name("Kooperativet").build());
    Target t = p.target("self-sufficient");
    assertThat(t.type()).isEqualTo(TargetType.SHARE);
    assertThat(t.measure()).isEqualTo(Measure.FOLLOW_UP_STATUS);
    assertThat(t.statuses()).containsExactlyInAnyOrder(OutcomeStatus.EMPLOYMENT, OutcomeStatus.STUDIES);
    assertThat(t.atLeast()).isEqualTo(new BigDecimal("0.60"));
    assertThat(t.parity()).isEqualTo(Parity.MAX_GAP);
    assertThat(p.target("hosts").of()).isEqualTo(CountOf.EMPLOYERS_HOSTING_INTERNS);
    assertThat(p.target("reach").bySite()).containsEntry("Gotland", 60);
    assertThat(ProjectJson.read(new ByteArrayInputStream(ProjectJson.write(p).getBytes(StandardCharsets.UTF_8)), "w")
        .value()).isEqualTo(p);
  }

  @Test
  void writesSnakeCaseAndTheSwedishRegionName() {
    EsfProject p = EsfProject.builder().projectNumber("2020/00131").name("Alla kan arbeta")
        .period(DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2023, 2, 28)))
        .region(EsfRegion.SMALAND_OCH_OARNA).euCoFinancingRate(Rate.percent(50))
        .totalBudget(Money.sek("100.50")).build();
    assertThat(ProjectJson.write(p)).isEqualTo("{\n"
        + "  \"project_number\": \"2020/00131\",\n"
        + "  \"name\": \"Alla kan arbeta\",\n"
        + "  \"region\": \"Småland och öarna\",\n"
        + "  \"period\": {\n"
        + "    \"start\": \"2020-09-01\",\n"
        + "    \"end\": \"2023-02-28\"\n"
        + "  },\n"
        + "  \"programme_period\": \"2014-2020\",\n"
        + "  \"eu_co_financing_rate\": 0.50,\n"
        + "  \"total_budget_sek\": 100.5\n"
        + "}\n");
  }

  @Test
  void operationTargetGroupIsOptionalReadAndWrittenBack() {
    assertThat(read(MINIMAL + "}").value().operationTargetGroup()).isNull();
    EsfProject p = read(MINIMAL + ", \"operation_target_group\": \"long_term_unemployed\"}").value();
    assertThat(p.operationTargetGroup()).isEqualTo(LabourStatus.LONG_TERM_UNEMPLOYED);
    assertThat(ProjectJson.write(p)).contains("\"operation_target_group\": \"long_term_unemployed\"");
    assertThat(read(ProjectJson.write(p)).value()).isEqualTo(p);
    assertThat(problems(MINIMAL + ", \"operation_target_group\": \"retired\"}"))
        .singleElement().asString().startsWith("p.json:4:$.operation_target_group: unknown labour status 'retired'");
  }

  @Test
  void regionByCodeIsAccepted() {
    assertThat(read(MINIMAL + ", \"region\": \"ovre_norrland\"}").value().region()).isEqualTo(EsfRegion.OVRE_NORRLAND);
  }

  @Test
  void unknownFieldsAreErrorsWithTheirPathAndLine() {
    assertThat(problems(MINIMAL + ",\n  \"contact\": \"Anna\",\n"
        + "  \"targets\": [{\"id\": \"t\", \"type\": \"count\", \"of\": \"tasks_identified\", \"at_least\": 20,\n"
        + "    \"colour\": \"red\"}]\n}"))
        .containsExactly(
            "p.json:5:$.contact: unknown field 'contact'",
            "p.json:7:$.targets[0].colour: unknown field 'colour'");
  }

  @Test
  void wrongTypesAndCodesAreErrorsWithTheirPath() {
    assertThat(problems(MINIMAL + ",\n"
        + "  \"planned_participants\": \"sixty\",\n"
        + "  \"region\": \"Lappland\",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"a\", \"type\": \"count\", \"of\": \"tasks_identified\", \"at_least\": 20},\n"
        + "    {\"id\": \"b\", \"type\": \"share\", \"measure\": \"follow_up_status\", \"statuses\": [\"employment\"],\n"
        + "     \"at_least\": 0.6, \"window\": \"three months\"},\n"
        + "    {\"id\": \"c\", \"type\": \"share\", \"measure\": \"exit_status\", \"statuses\": [\"rich\"], \"at_least\": 0.6}\n"
        + "  ]\n}"))
        .containsExactly(
            "p.json:5:$.planned_participants: expected a whole number, found a string",
            "p.json:6:$.region: unknown esf region 'Lappland'; expected one of ovre_norrland, mellersta_norrland, "
                + "norra_mellansverige, stockholm, ostra_mellansverige, vastsverige, smaland_och_oarna, sydsverige",
            "p.json:10:$.targets[1].window: 'three months' is not an ISO-8601 period such as P3M",
            "p.json:11:$.targets[2].statuses[0]: unknown outcome status 'rich'; expected one of employment, "
                + "self_employment, subsidised_employment, studies, internship, work_rehabilitation, job_seeking, "
                + "social_enterprise, other, dropped_out, unknown");
  }

  @Test
  void modelRulesBecomeProblemsAtTheBestPath() {
    assertThat(problems(MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"a\", \"type\": \"count\", \"of\": \"tasks_identified\", \"at_least\": 20},\n"
        + "    {\"id\": \"b\", \"type\": \"share\", \"measure\": \"exit_status\", \"statuses\": [\"studies\"],\n"
        + "     \"at_least\": 1.5},\n"
        + "    {\"id\": \"c\", \"type\": \"share\", \"measure\": \"exit_status\", \"at_least\": 0.5}\n"
        + "  ]\n}"))
        .containsExactly(
            "p.json:8:$.targets[1].at_least: target 'b': at_least 1.5 must lie in [0, 1]",
            "p.json:9:$.targets[2].statuses: target 'c': 'statuses' must name at least one status");
    assertThat(problems("{\"project_number\": \"1\", \"name\": \"n\",\n"
        + " \"period\": {\"start\": \"2020-02-01\", \"end\": \"2020-01-01\"},\n"
        + " \"total_budget_sek\": 10, \"esf_grant_sek\": 20.001}"))
        .containsExactly(
            "p.json:2:$.period: range ends (2020-01-01) before it starts (2020-02-01)",
            "p.json:3:$.esf_grant_sek: amount 20.001 SEK has fractions of öre");
    assertThat(problems("{\"project_number\": \"1\", \"name\": \"n\",\n"
        + " \"period\": {\"start\": \"2020-01-01\", \"end\": \"2021-01-01\"},\n"
        + " \"total_budget_sek\": 10, \"esf_grant_sek\": 20}"))
        .containsExactly("p.json:3:$.esf_grant_sek: project '1': esf_grant_sek 20.00 SEK exceeds total_budget_sek 10.00 SEK");
  }

  @Test
  void missingRequiredFieldsAreReported() {
    assertThat(problems("{\n  \"name\": \"x\",\n  \"period\": {\"start\": \"2020-01-01\"}\n}"))
        .containsExactly(
            "p.json:1:$.project_number: missing required field 'project_number'",
            "p.json:3:$.period.end: missing required field 'end'");
  }

  @Test
  void duplicateFieldsAreReported() {
    assertThat(problems(MINIMAL + ",\n  \"name\": \"again\"\n}"))
        .containsExactly("p.json:5:$.name: field 'name' appears twice");
  }

  @Test
  void malformedJsonIsReportedWithItsLine() {
    ReadResult<EsfProject> r = read("{\n  \"project_number\": \"1\",\n  \"name\": }");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).toString()).startsWith("p.json:3:$.name: malformed JSON: Unexpected character ('}'");
    assertThat(r.rowsRead()).isZero();
    assertThat(r.acceptedValue()).isNull();
  }

  @Test
  void trailingContentIsAnError() {
    assertThat(problems(MINIMAL + "}\n{}")).containsExactly("p.json:5:$: unexpected content after the JSON value");
  }

  @Test
  void emptyInputAndNonObjectsAreErrors() {
    assertThat(problems("")).containsExactly("p.json:1:$: the file is empty; expected a JSON value");
    assertThat(problems("[1]")).containsExactly("p.json:1:$: expected an object, found an array");
  }

  @Test
  void nestingIsBounded() {
    String deep = "[".repeat(200) + "]".repeat(200);
    List<String> ps = problems(deep);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0)).contains("malformed JSON: Document nesting depth (65) exceeds the maximum allowed (64");
  }

  @Test
  void longNumbersAreBounded() {
    List<String> ps = problems(MINIMAL + ", \"total_budget_sek\": " + "9".repeat(500) + "}");
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0)).startsWith("p.json:4:$.total_budget_sek: malformed JSON: Number value length");
  }

  @Test
  void newTargetFieldsReadWriteBackAndAreCheckedAtTheirPath() {
    String json = MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"len\", \"type\": \"participation_length\", \"min\": \"P6M\", \"max\": \"P12M\",\n"
        + "     \"at_least\": 0.8},\n"
        + "    {\"id\": \"reach\", \"type\": \"enrolment\", \"planned\": 350, \"women_at_least\": 0.4,\n"
        + "     \"women_at_most\": 0.6},\n"
        + "    {\"id\": \"tasks\", \"type\": \"count\", \"of\": \"tasks_identified\", \"at_least\": 20,\n"
        + "     \"open_to_all_genders\": true}\n"
        + "  ]\n}";
    EsfProject p = read(json).value();
    assertThat(p.target("len").min()).isEqualTo(java.time.Period.ofMonths(6));
    assertThat(p.target("reach").womenAtMost()).isEqualByComparingTo("0.6");
    assertThat(p.target("tasks").openToAllGenders()).isTrue();
    assertThat(read(ProjectJson.write(p)).value()).isEqualTo(p);
    assertThat(problems(MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"len\", \"type\": \"participation_length\", \"min\": \"P12M\", \"max\": \"P6M\",\n"
        + "     \"at_least\": 0.8},\n"
        + "    {\"id\": \"reach\", \"type\": \"enrolment\", \"planned\": 3, \"women_at_least\": 0.7,\n"
        + "     \"women_at_most\": 0.6},\n"
        + "    {\"id\": \"p\", \"type\": \"count\", \"of\": \"internship_placements\", \"at_least\": 2,\n"
        + "     \"open_to_all_genders\": true}\n"
        + "  ]\n}"))
        .containsExactly(
            "p.json:6:$.targets[0].min: target 'len': min P12M is above max P6M",
            "p.json:8:$.targets[1].women_at_least: target 'reach': women_at_least 0.7 is above women_at_most 0.6",
            "p.json:11:$.targets[2].open_to_all_genders: target 'p': 'open_to_all_genders' applies to counts of "
                + "tasks_identified only");
  }

  @Test
  void whereAndByReadWriteBackAndBadValuesAreReportedAtTheirPath() {
    String json = MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"avesta-soc\", \"type\": \"enrolment\", \"planned\": 150,\n"
        + "     \"where\": {\"site\": \"Avesta\", \"referral\": \"socialtjänsten\"}, \"by\": [\"age_band\"]},\n"
        + "    {\"id\": \"young\", \"type\": \"share\", \"measure\": \"exit_status\", \"statuses\": [\"employment\"],\n"
        + "     \"at_least\": 0.3, \"where\": {\"target_group\": \"young\", \"age_band\": \"under_30\"},\n"
        + "     \"by\": [\"site\", \"referral\", \"target_group\"]}\n"
        + "  ]\n}";
    EsfProject p = read(json).value();
    assertThat(p.target("avesta-soc").where().referral()).isEqualTo("socialtjänsten");
    assertThat(p.target("avesta-soc").by()).containsExactly(org.esfkit.core.Dimension.AGE_BAND);
    assertThat(p.target("young").where().ageBand()).isEqualTo(org.esfkit.core.AgeBand.UNDER_30);
    assertThat(read(ProjectJson.write(p)).value()).isEqualTo(p);
    assertThat(read(MINIMAL + "\n}").value().targets()).isEmpty();
    assertThat(problems(MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"a\", \"type\": \"enrolment\", \"planned\": 1, \"where\": {\"town\": \"Avesta\"}},\n"
        + "    {\"id\": \"b\", \"type\": \"enrolment\", \"planned\": 1, \"where\": {}, \"by\": [\"gender\"]},\n"
        + "    {\"id\": \"c\", \"type\": \"count\", \"of\": \"tasks_identified\", \"at_least\": 2,\n"
        + "     \"by\": [\"site\"]}\n"
        + "  ]\n}"))
        .containsExactly(
            "p.json:6:$.targets[0].where.town: unknown field 'town'",
            "p.json:7:$.targets[1].where: 'where' needs at least one of: target_group, site, age_band, referral",
            "p.json:7:$.targets[1].by[0]: unknown dimension 'gender'; expected one of site, referral, target_group, age_band",
            "p.json:9:$.targets[2].by: target 'c': 'by' applies to targets about participants, not to "
                + "counts of tasks_identified");
  }

  @Test
  void milestonesReadWriteBackAndAreCheckedAtTheirPath() {
    String json = MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"reach\", \"type\": \"enrolment\", \"planned\": 350,\n"
        + "     \"milestones\": [{\"on\": \"2021-12-31\", \"at_least\": 100}]},\n"
        + "    {\"id\": \"work\", \"type\": \"share\", \"measure\": \"exit_status\", \"statuses\": [\"employment\"],\n"
        + "     \"at_least\": 0.3, \"milestones\": [{\"on\": \"2024-12-31\", \"at_least\": 0.1}]}\n"
        + "  ]\n}";
    EsfProject p = read(json).value();
    assertThat(p.target("reach").milestones().get(0).atLeast()).isEqualByComparingTo("100");
    assertThat(read(ProjectJson.write(p)).value()).isEqualTo(p);
    assertThat(problems(MINIMAL + ",\n"
        + "  \"targets\": [\n"
        + "    {\"id\": \"w\", \"type\": \"share\", \"measure\": \"exit_status\", \"statuses\": [\"employment\"],\n"
        + "     \"at_least\": 0.3, \"milestones\": [{\"on\": \"2024-12-31\", \"at_least\": 1.5}]},\n"
        + "    {\"id\": \"x\", \"type\": \"enrolment\", \"planned\": 3, \"milestones\": [{\"at_least\": 1}]}\n"
        + "  ]\n}"))
        .containsExactly(
            "p.json:7:$.targets[0].milestones: target 'w': milestones: at_least of 2024-12-31 1.5 must lie in [0, 1]",
            "p.json:8:$.targets[1].milestones[0].on: missing required field 'on'");
  }
}
