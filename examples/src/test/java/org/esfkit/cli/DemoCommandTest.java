package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Money;
import org.esfkit.core.Target;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedFiles;
import org.esfkit.examples.SeedProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... argv) {
    return Esfkit.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoSmokeTestExitsZeroAndPrintsEveryProjectAndTarget(@TempDir Path tmp) {
    assertThat(run("demo", "--out", tmp.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    for (Seed seed : Seed.values()) {
      EsfProject p = SeedProjects.read(seed);
      assertThat(stdout()).contains("== " + p.name() + " (" + p.projectNumber() + ")");
      for (Target t : p.targets()) {
        assertThat(stdout()).contains(t.id());
      }
    }
  }

  @Test
  void demoPrintsFactsAndThresholds(@TempDir Path tmp) {
    run("demo", "--out", tmp.toString());
    assertThat(stdout())
        .contains("budget:    14 170 499 SEK", "ESF grant: 6 659 826 SEK")
        .contains("planned:   120 participants (Jönköping 60, Gotland 60)")
        .contains("planned:   350 participants (Avesta 200, Hedemora 150)")
        .contains("region:    Småland och öarna")
        .contains("cohort:    48 participants")
        .containsPattern("self-sufficient-3m +share +>= 60 %, each_gender +Minst 60% av deltagarna")
        .containsPattern("own-development-100 +share +>= 100 % ")
        .containsPattern("internship-places-growth-50 +growth +\\+50 % on 10 ")
        .containsPattern("gender-breaking-3 +count +>= 3 +minst tre praktikplatser");
  }

  @Test
  void demoWritesEachSeedsFilesUnderItsOwnDirectory(@TempDir Path tmp) {
    run("demo", "--out", tmp.toString());
    for (Seed seed : Seed.values()) {
      Path dir = tmp.resolve(seed.slug());
      assertThat(dir.resolve(SeedFiles.PROJECT)).isRegularFile();
      assertThat(dir.resolve(SeedFiles.REGISTER)).isRegularFile();
      assertThat(dir.resolve(SeedFiles.PLACEMENTS)).isRegularFile();
      assertThat(dir.resolve(SeedFiles.PROFILES)).isRegularFile();
      assertThat(dir.resolve(SeedFiles.TASKS_JSON)).isRegularFile();
      assertThat(SeedFiles.check(dir)).isEmpty();
    }
  }

  @Test
  void demoHelpDescribesTheOutOption() {
    assertThat(run("demo", "--help")).isZero();
    assertThat(stdout()).startsWith("usage: esfkit demo [--out DIR]").contains("--out DIR");
    out.reset();
    run("--help");
    assertThat(stdout()).contains("demo");
  }

  @Test
  void demoRejectsUnknownOptionsWithExitCodeTwo(@TempDir Path tmp) {
    assertThat(run("demo", "--bogus", tmp.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'");
    assertThat(Files.exists(Path.of(DemoCommand.DEFAULT_OUT))).isFalse();
  }

  @Test
  void sekGroupsThousandsWithSpaces() {
    assertThat(DemoCommand.sek(Money.sek("6979677"))).isEqualTo("6 979 677 SEK");
    assertThat(DemoCommand.sek(Money.sek("999"))).isEqualTo("999 SEK");
    assertThat(DemoCommand.sek(Money.sek("1000.50"))).isEqualTo("1 000,5 SEK");
    assertThat(DemoCommand.sek(null)).isEqualTo("not stated");
  }
}
