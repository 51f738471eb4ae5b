package org.esfkit.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.esfkit.core.DateRange;
import org.esfkit.core.EsfProject;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.ImmutableParticipant;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.Register;
import org.esfkit.core.Target;

/** Small builders for hand-computed cohorts. */
final class Fixtures {
  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final LocalDate END = LocalDate.of(2021, 12, 31);

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static EsfProject project(Target... targets) {
    return EsfProject.builder().projectNumber("2020/00001").name("Test")
        .period(DateRange.of(START, END)).addTargets(targets).build();
  }

  /** One participant and their pathway, built fluently. */
  static final class P {
    final ImmutableParticipant.Builder participant;
    final String id;
    final List<PathwayEvent> events = new ArrayList<>();

    P(String id, Gender gender, String enrolled) {
      this.id = id;
      this.participant = Participant.builder().id(id).gender(gender);
      events.add(PathwayEvent.of(EventType.ENROLLED, d(enrolled)));
    }

    P exit(String on, OutcomeStatus status) {
      events.add(PathwayEvent.exited(d(on), status));
      return this;
    }

    P exitQualified(String on, OutcomeStatus status) {
      events.add(PathwayEvent.builder().type(EventType.EXITED).on(d(on)).status(status).qualificationGained(true).build());
      return this;
    }

    P reEnrol(String on) {
      events.add(PathwayEvent.of(EventType.RE_ENROLLED, d(on)));
      return this;
    }

    P followUp(String on, OutcomeStatus status) {
      events.add(PathwayEvent.followedUp(d(on), status));
      return this;
    }

    P survey(String on, boolean yes) {
      events.add(PathwayEvent.builder().type(EventType.SURVEY_ANSWERED).on(d(on)).perceivedImprovement(yes).build());
      return this;
    }

    P phase(String on, org.esfkit.core.PathwayPhase phase) {
      events.add(PathwayEvent.builder().type(EventType.PHASE_STARTED).on(d(on)).phase(phase).build());
      return this;
    }

    P site(String site) {
      participant.site(site);
      return this;
    }

    P with(java.util.function.Consumer<ImmutableParticipant.Builder> c) {
      c.accept(participant);
      return this;
    }
  }

  static P p(String id, Gender gender, String enrolled) {
    return new P(id, gender, enrolled);
  }

  static Register register(List<P> ps) {
    var b = Register.builder();
    for (P p : ps) {
      b.add(p.participant.build(), Pathway.builder().participantId(p.id).events(p.events).build());
    }
    return b.build();
  }

  static Target exitShare(String id, String atLeast, OutcomeStatus... statuses) {
    return Target.builder().id(id).type(org.esfkit.core.TargetType.SHARE)
        .measure(org.esfkit.core.Measure.EXIT_STATUS).addStatuses(statuses).atLeast(new BigDecimal(atLeast)).build();
  }
}
