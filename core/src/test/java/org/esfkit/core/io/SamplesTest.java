package org.esfkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Measure;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Parity;
import org.esfkit.core.Placement;
import org.esfkit.core.PlacementKind;
import org.esfkit.core.Register;
import org.esfkit.core.TargetGroup;
import org.junit.jupiter.api.Test;

class SamplesTest {
  static InputStream sample(String name) {
    return SamplesTest.class.getResourceAsStream("/samples/metrics/" + name);
  }

  @Test
  void sampleProjectReadsCleanly() throws Exception {
    ReadResult<EsfProject> r;
    try (InputStream in = sample("project.json")) {
      r = ProjectJson.read(in, "project.json");
    }
    assertThat(r.problems()).isEmpty();
    EsfProject p = r.value();
    assertThat(p.projectNumber()).isEqualTo("2012/00001");
    assertThat(p.period().start()).isEqualTo(LocalDate.of(2012, 1, 16));
    assertThat(p.plannedParticipants()).isEqualTo(50);
    assertThat(p.targets()).hasSize(7);
    assertThat(p.target("self-sufficient-3m").window()).isEqualTo(Period.ofMonths(3));
    assertThat(p.target("self-sufficient-3m").atLeast()).isEqualTo(new BigDecimal("0.25"));
    assertThat(p.target("self-sufficient-3m").parity()).isEqualTo(Parity.EACH_GENDER);
    assertThat(p.target("perceived").measure()).isEqualTo(Measure.PERCEIVED_IMPROVEMENT);
    assertThat(p.target("perceived").maxGap()).isEqualTo(new BigDecimal("0.1"));
    assertThat(p.target("reach").bySite()).containsEntry("Avesta", 30).containsEntry("Hedemora", 20);
    assertThat(p.achievements()).hasSize(1);
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.rowsAccepted()).isEqualTo(1);
  }

  @Test
  void sampleRegisterReadsCleanlyWithBomSemicolonsAndCrlf() throws Exception {
    ReadResult<Register> r;
    try (InputStream in = sample("participants.csv")) {
      r = RegisterCsv.read(in, "participants.csv");
    }
    assertThat(r.problems()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(48);
    assertThat(r.rowsAccepted()).isEqualTo(48);
    Register reg = r.value();
    assertThat(reg.participants()).hasSize(48);
    // H0000;man;1966;Avesta;2013-03-16;2013-06-18;internship;;;yes;young|sick_listed
    assertThat(reg.participants().get(0).id()).isEqualTo("H0000");
    assertThat(reg.participants().get(0).gender()).isEqualTo(Gender.MAN);
    assertThat(reg.participants().get(0).targetGroups()).containsExactlyInAnyOrder(TargetGroup.YOUNG, TargetGroup.SICK_LISTED);
    var state = reg.pathways().get(0).asOf(LocalDate.of(2014, 1, 1));
    assertThat(state.exitedOn()).isEqualTo(LocalDate.of(2013, 6, 18));
    assertThat(state.exitStatus()).isEqualTo(OutcomeStatus.INTERNSHIP);
    assertThat(state.perceivedImprovement()).isTrue();
    assertThat(state.followUps()).isEmpty();
    assertThat(r.recordLines()).hasSize(48).startsWith(2L, 3L);
  }

  @Test
  void samplePlacementsReadCleanly() throws Exception {
    ReadResult<List<Placement>> r;
    try (InputStream in = sample("placements.csv")) {
      r = PlacementsCsv.read(in, "placements.csv");
    }
    assertThat(r.problems()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(25);
    List<Placement> ps = r.value();
    // H0016,E04,,work_trial,2013-04-12,2013-06-21,yes
    Placement first = ps.get(0);
    assertThat(first.participantId()).isEqualTo("H0016");
    assertThat(first.taskId()).isNull();
    assertThat(first.kind()).isEqualTo(PlacementKind.WORK_TRIAL);
    assertThat(first.endedOn()).isEqualTo(LocalDate.of(2013, 6, 21));
    assertThat(first.genderBreaking()).isTrue();
  }

  @Test
  void sampleFilesAgreeWithEachOther() throws Exception {
    ReadResult<EsfProject> project;
    ReadResult<Register> register;
    ReadResult<List<Placement>> placements;
    try (InputStream a = sample("project.json"); InputStream b = sample("participants.csv");
        InputStream c = sample("placements.csv")) {
      project = ProjectJson.read(a, "project.json");
      register = RegisterCsv.read(b, "participants.csv");
      placements = PlacementsCsv.read(c, "placements.csv");
    }
    assertThat(CrossCheck.check(project, register, placements, null)).isEmpty();
  }
}
