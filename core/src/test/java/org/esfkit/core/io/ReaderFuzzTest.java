package org.esfkit.core.io;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.esfkit.core.ImportException;
import org.esfkit.core.Register;
import org.esfkit.core.ValidationException;
import org.esfkit.core.internal.Text;

/**
 * Feeds every reader arbitrary bytes. A reader may report problems, or throw one of esfkit's
 * documented exceptions ({@link ImportException}, {@link ValidationException}); anything else
 * escaping (a {@code NullPointerException}, an {@code IllegalArgumentException}, a Jackson
 * exception) fails the test, and so does a problem that would print a control, bidirectional or
 * unpaired character. Without {@code JAZZER_FUZZ} set, each test runs over its seeds in
 * {@code ReaderFuzzTestInputs/<method>/}; with it, Jazzer fuzzes for {@code maxDuration}, mutating
 * with the tokens of {@code readers.dict} (extreme exponents, dates and periods, surrogates,
 * control characters). CI fuzzes each test in turn ({@code .ci/fuzz}).
 */
class ReaderFuzzTest {
  private static final String DICTIONARY = "/org/esfkit/core/io/readers.dict";

  private static void feed(byte[] data, BiFunction<InputStream, String, ReadResult<?>> reader) {
    try {
      ReadResult<?> r = reader.apply(new ByteArrayInputStream(data), "fuzz");
      if (r.rowsAccepted() + r.rowsRejected() != r.rowsRead()) {
        throw new AssertionError("rows not accounted for: " + r);
      }
      if (r.rowsRejected() > 0 && r.problems().isEmpty()) {
        throw new AssertionError("rows rejected without a problem");
      }
      for (Problem p : r.problems()) {
        String printed = p.toString();
        if (Text.problem(printed) != null || printed.indexOf('\n') >= 0 || printed.indexOf('\r') >= 0) {
          throw new AssertionError("a problem prints a raw control character: " + Text.escape(printed));
        }
      }
      if (r.isClean() && r.acceptedValue() != null) {
        r.value();
      }
      // values held in columns build their objects when read: every one must build (the model's
      // checks pass on what the reader accepted)
      Object v = r.acceptedValue();
      if (v instanceof Register) {
        ((Register) v).participants().forEach(Objects::requireNonNull);
        ((Register) v).pathways().forEach(Objects::requireNonNull);
      } else if (v instanceof List) {
        ((List<?>) v).forEach(Objects::requireNonNull);
      }
    } catch (ImportException | ValidationException e) {
      if (e.getClass() != ImportException.class && e.getClass() != ValidationException.class) {
        throw new AssertionError("undocumented EsfkitException subtype", e);
      }
    }
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void projectJson(byte[] data) {
    feed(data, ProjectJson::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void registerCsv(byte[] data) {
    feed(data, RegisterCsv::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void placementsCsv(byte[] data) {
    feed(data, PlacementsCsv::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void tasksCsv(byte[] data) {
    feed(data, TasksCsv::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void tasksJson(byte[] data) {
    feed(data, TasksJson::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void participantsJson(byte[] data) {
    feed(data, ParticipantsJson::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void pathwayJson(byte[] data) {
    feed(data, PathwayJson::read);
  }

  @DictionaryFile(resourcePath = DICTIONARY)
  @FuzzTest(maxDuration = "20s")
  void employersCsv(byte[] data) {
    feed(data, EmployersCsv::read);
  }
}
