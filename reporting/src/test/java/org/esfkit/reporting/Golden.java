package org.esfkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: compared byte for byte, rewritten when the
 * build runs with {@code -Desfkit.updateGolden=true}.
 */
final class Golden {
  private Golden() {}

  static Path dir() {
    return Path.of(System.getProperty("esfkit.goldenDir", "src/test/resources/golden"));
  }

  static void check(String name, String actual) throws IOException {
    Path file = dir().resolve(name);
    if (Boolean.getBoolean("esfkit.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create it with ./mvnw -pl reporting test -Desfkit.updateGolden=true)", file)
        .exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("%s differs from its golden file; if the change is intended, run "
            + "./mvnw -pl reporting test -Desfkit.updateGolden=true and review the diff", name)
        .isEqualTo(expected);
  }
}
