package org.esfkit.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.esfkit.core.ImportException;
import org.esfkit.core.io.Problem;
import org.jspecify.annotations.Nullable;

/** Reading input bytes with a size bound; I/O failures become {@link ImportException}s. */
public final class Inputs {
  private Inputs() {}

  /** Something that reads a named stream. */
  @FunctionalInterface
  public interface StreamReader<R> {
    /**
     * Reads the stream.
     *
     * @param in the stream
     * @param source the name of the input
     * @return the result
     */
    R read(InputStream in, String source);
  }

  /**
   * Opens a file and hands it to a stream reader.
   *
   * @param path the file
   * @param reader the reader
   * @param <R> the result type
   * @return what the reader returns
   * @throws ImportException if the file cannot be opened or read
   */
  public static <R> R read(Path path, StreamReader<R> reader) {
    String source = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return reader.read(in, source);
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  /**
   * Reads at most {@code max} bytes.
   *
   * @param in the stream
   * @param source the name of the input
   * @param max the largest size accepted
   * @return the bytes, or null if the input is larger than {@code max}
   * @throws ImportException if reading fails
   */
  public static byte @Nullable [] readBounded(InputStream in, String source, int max) {
    try {
      byte[] bytes = in.readNBytes(max + 1);
      return bytes.length > max ? null : bytes;
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  /**
   * The problem reported for input larger than the bound.
   *
   * @param source the name of the input
   * @param max the bound in bytes
   * @return the problem
   */
  public static Problem tooLarge(String source, long max) {
    return Problem.of(source, 0, "-", "the file is larger than " + (max / (1024 * 1024)) + " MB, the most esfkit reads");
  }

  static ImportException cannotRead(String source, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "access denied";
    } else {
      why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return new ImportException(List.of(Problem.of(source, 0, "-", "cannot read the file: " + why)));
  }
}
