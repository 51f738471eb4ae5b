package org.esfkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.esfkit.core.EventType;
import org.esfkit.core.Gender;
import org.esfkit.core.Participant;
import org.esfkit.core.Pathway;
import org.esfkit.core.PathwayEvent;
import org.esfkit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Ids held as characters in one array, and a builder that hands its arrays to what it builds. */
class RegisterColumnsTest {
  // "Aa" and "BB" share String.hashCode, so a lookup must compare characters to tell them apart
  private static final List<String> IDS = List.of("P1", "Å-12", "P1 ", "p1", "x".repeat(300), "P10", "P", "Aa", "BB");

  private static RegisterColumns.Builder withIds(List<String> ids) {
    RegisterColumns.Builder b = RegisterColumns.columnsBuilder();
    for (String id : ids) {
      b.add(Participant.builder().id(id).gender(Gender.WOMAN).build(),
          Pathway.builder().participantId(id)
              .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2020, 1, 1))).build());
    }
    return b;
  }

  @Test
  void idsOfAnyLengthAreFoundByTheirCharactersAndReadBack() {
    // enough rows that the index and the characters' array grow several times
    List<String> ids = new java.util.ArrayList<>(IDS);
    for (int i = 0; i < 5000; i++) {
      ids.add("Q" + i);
    }
    RegisterColumns c = withIds(ids).build();
    assertThat(c.size).isEqualTo(ids.size());
    for (int row = 0; row < ids.size(); row++) {
      assertThat(c.id(row)).isEqualTo(ids.get(row));
      assertThat(c.rowOf(ids.get(row))).as(ids.get(row)).isEqualTo(row);
      assertThat(c.participant(row).id()).isEqualTo(ids.get(row));
    }
    assertThat(c.rowOf("P2")).isEqualTo(-1);
    assertThat(c.rowOf("Q")).isEqualTo(-1);
    assertThat(c.rowOf("Q50000")).isEqualTo(-1);
    assertThat(c.rowOf("C#")).as("the hash of Aa and BB, another id").isEqualTo(-1);
  }

  @Test
  void aRepeatedIdFailsTheBuildNamingIt() {
    RegisterColumns.Builder b = withIds(List.of("A1", "B2", "A1"));
    assertThatThrownBy(b::build).isInstanceOf(ValidationException.class)
        .hasMessage("register: participant id A1 appears twice");
  }

  @Test
  void aBuilderTakesNoRowsAfterItsArraysWentToTheRegisterItBuilt() {
    RegisterColumns.Builder b = withIds(List.of("A1", "B2"));
    RegisterColumns built = b.build();
    assertThatThrownBy(() -> withIdsInto(b, "C3")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the register is built");
    assertThat(built.size).isEqualTo(2);
    assertThat(built.rowOf("C3")).isEqualTo(-1);
  }

  @Test
  void rowsTakenBeforeMoreAreAddedKeepTheirOwnCopies() {
    RegisterColumns.Builder b = withIds(List.of("A1", "B2"));
    RegisterColumns early = b.rows();
    withIdsInto(b, "C3");
    assertThat(early.size).isEqualTo(2);
    assertThat(early.id(1)).isEqualTo("B2");
    assertThat(b.build().id(2)).isEqualTo("C3");
  }

  private static void withIdsInto(RegisterColumns.Builder b, String id) {
    b.add(Participant.builder().id(id).gender(Gender.MAN).build(), Pathway.builder().participantId(id)
        .addEvents(PathwayEvent.of(EventType.ENROLLED, LocalDate.of(2021, 1, 1))).build());
  }
}
