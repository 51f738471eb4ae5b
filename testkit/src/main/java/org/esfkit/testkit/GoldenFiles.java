package org.esfkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for snapshot tests of rendered output (reports, JSON): the output is compared byte
 * for byte with a committed file, and rewritten instead when the tests run with the system
 * property {@code esfkit.updateGolden=true} (review the diff before committing it).
 *
 * <pre>{@code
 * GoldenFiles.check(Path.of("src/test/resources/golden"), "report.md", markdown);
 * }</pre>
 */
public final class GoldenFiles {
  /** The system property that makes {@link #check} rewrite golden files instead of comparing. */
  public static final String UPDATE_PROPERTY = "esfkit.updateGolden";

  private GoldenFiles() {}

  /**
   * Compares {@code actual} with the golden file {@code dir/name}, or rewrites the file when
   * {@value #UPDATE_PROPERTY} is true.
   *
   * @param dir the directory of golden files
   * @param name the file's name within it
   * @param actual the output, compared as UTF-8 text
   * @throws AssertionError naming the file and how to regenerate it when the output differs or the
   *     file is missing
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static void check(Path dir, String name, String actual) {
    Path file = dir.resolve(name);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it by running the tests with -D%s=true)", file, UPDATE_PROPERTY)
          .exists();
      assertThat(actual)
          .as("%s differs from its golden file; if the change is intended, run the tests with -D%s=true "
              + "and review the diff", name, UPDATE_PROPERTY)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
