package org.esfkit.core.io;

import java.nio.charset.Charset;
import java.util.List;
import org.esfkit.core.EsfkitImmutable;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.internal.LongList;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a reader made of a file: the value built from the rows it accepted, every problem it
 * found, and an account of every row, so that {@code accepted + rejected = read}.
 *
 * <p>A result with problems never hands out its value through {@link #value()}: nothing
 * half-built escapes. Callers that want to go on with the accepted rows anyway say so with
 * {@link #acceptedValue()}.
 *
 * @param <T> what the file holds
 */
@Value.Immutable
@EsfkitImmutable
public abstract class ReadResult<T> {
  /**
   * The name of the file read, as the caller gave it.
   *
   * @return the source name, {@code -} when not known
   */
  @Value.Default
  public String source() {
    return "-";
  }

  /**
   * The line each accepted record starts on, in the order of the value's elements; lets later
   * checks across files point at the right line. For a register, one line per participant: that
   * of their first entry (a participant who came back has several rows).
   *
   * @return one line per accepted record, or empty when the reader does not track lines
   */
  @Value.Lazy
  public List<Long> recordLines() {
    return new LongList(lines());
  }

  /**
   * The lines of {@link #recordLines()} as numbers, held without an object per record.
   *
   * @return a copy of the lines; none unless set
   */
  @Value.Default
  long[] lines() {
    return new long[0];
  }

  /**
   * Rows (CSV) or records (JSON) read.
   *
   * @return the count
   */
  public abstract long rowsRead();

  /**
   * Rows accepted into the value.
   *
   * @return the count
   */
  public abstract long rowsAccepted();

  /**
   * Rows rejected; every rejected row has at least one problem.
   *
   * @return {@code rowsRead() - rowsAccepted()}
   */
  @Value.Derived
  public long rowsRejected() {
    return rowsRead() - rowsAccepted();
  }

  /**
   * Every problem found, in file order: errors, warnings and notes (see {@link Problem#severity()}).
   * Where one column has the same error on several lines, each line's error is followed, at the
   * end, by a note summarising them.
   *
   * @return the problems, empty when the file is clean and nothing needed saying
   */
  public abstract List<Problem> problems();

  /**
   * The character encoding the file was decoded with: the one the caller named, or the one
   * detected (UTF-8, UTF-16 by its byte order mark, else Windows-1252 when the bytes are not
   * UTF-8; a note among the {@link #problems()} says so).
   *
   * @return the encoding, or null when the reader does not decode text itself (JSON) or the
   *     file could not be decoded
   */
  public abstract @Nullable Charset encoding();

  /**
   * The value built from the accepted rows; null when the file could not be read at all.
   *
   * @return the partial value, or null
   */
  public abstract @Nullable T acceptedValue();

  /**
   * Tells whether the file was clean: no errors (warnings and notes may be present).
   *
   * @return true if no problem is an error
   */
  public boolean isClean() {
    for (Problem p : problems()) {
      if (p.isError()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the value if the file was clean (warnings and notes do not stop it).
   *
   * @return the value
   * @throws ImportException listing every problem if any is an error
   */
  public T value() {
    if (!isClean() || acceptedValue() == null) {
      throw new ImportException(problems());
    }
    return acceptedValue();
  }

  @Value.Check
  void check() {
    if (rowsAccepted() < 0 || rowsAccepted() > rowsRead()) {
      throw new IllegalStateException("accepted " + rowsAccepted() + " of " + rowsRead() + " rows");
    }
  }
}
