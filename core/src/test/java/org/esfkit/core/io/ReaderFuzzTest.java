package org.esfkit.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.BiFunction;
import org.esfkit.core.ImportException;
import org.esfkit.core.ValidationException;

/**
 * Feeds every reader arbitrary bytes. A reader may report problems, or throw one of esfkit's
 * documented exceptions ({@link ImportException}, {@link ValidationException}); anything else
 * escaping (a {@code NullPointerException}, an {@code IllegalArgumentException}, a Jackson
 * exception) fails the test. Without {@code JAZZER_FUZZ} set, each test runs over its seeds in
 * {@code ReaderFuzzTestInputs/<method>/}; with it, Jazzer fuzzes.
 */
class ReaderFuzzTest {
  private static void feed(byte[] data, BiFunction<InputStream, String, ReadResult<?>> reader) {
    try {
      ReadResult<?> r = reader.apply(new ByteArrayInputStream(data), "fuzz");
      if (r.rowsAccepted() + r.rowsRejected() != r.rowsRead()) {
        throw new AssertionError("rows not accounted for: " + r);
      }
      if (r.rowsRejected() > 0 && r.problems().isEmpty()) {
        throw new AssertionError("rows rejected without a problem");
      }
      if (r.isClean() && r.acceptedValue() != null) {
        r.value();
      }
    } catch (ImportException | ValidationException e) {
      if (e.getClass() != ImportException.class && e.getClass() != ValidationException.class) {
        throw new AssertionError("undocumented EsfkitException subtype", e);
      }
    }
  }

  @FuzzTest(maxDuration = "10s")
  void projectJson(byte[] data) {
    feed(data, ProjectJson::read);
  }

  @FuzzTest(maxDuration = "10s")
  void registerCsv(byte[] data) {
    feed(data, RegisterCsv::read);
  }

  @FuzzTest(maxDuration = "10s")
  void placementsCsv(byte[] data) {
    feed(data, PlacementsCsv::read);
  }

  @FuzzTest(maxDuration = "10s")
  void tasksCsv(byte[] data) {
    feed(data, TasksCsv::read);
  }

  @FuzzTest(maxDuration = "10s")
  void tasksJson(byte[] data) {
    feed(data, TasksJson::read);
  }

  @FuzzTest(maxDuration = "10s")
  void participantsJson(byte[] data) {
    feed(data, ParticipantsJson::read);
  }

  @FuzzTest(maxDuration = "10s")
  void pathwayJson(byte[] data) {
    feed(data, PathwayJson::read);
  }

  @FuzzTest(maxDuration = "10s")
  void employersCsv(byte[] data) {
    feed(data, EmployersCsv::read);
  }
}
