package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
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
  void demoPrintsEveryProjectEveryTargetAtBothDatesAndTheSummary(@TempDir Path tmp) {
    long started = System.nanoTime();
    assertThat(run("demo", "--out", tmp.toString())).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    String summary = stdout().substring(stdout().indexOf("== Summary at the end of each project"));
    for (Seed seed : Seed.values()) {
      EsfProject p = SeedProjects.read(seed);
      assertThat(stdout()).contains("== " + p.name() + " (" + p.projectNumber() + ")")
          .contains("targets, halfway (" + DemoCommand.midpoint(p) + ") and at the end (" + p.period().end() + "):");
      assertThat(summary).containsPattern("\\n  " + Pattern.quote(p.name()) + " +met \\d of " + p.targets().size());
      for (Target t : p.targets()) {
        // the target, then its status halfway and at the end
        assertThat(stdout()).containsPattern("\\n    " + Pattern.quote(t.id())
            + " .*\\n      halfway  (met|not met|no data yet) .*\\n      end      (met|not met|no data yet)");
      }
    }
  }

  @Test
  void demoStatesTheHalfwayDateAndTheOutcomesCountedFromTheCohorts(@TempDir Path tmp) {
    run("demo", "--out", tmp.toString());
    // Alla kan arbeta runs 2020-09-01 to 2023-02-28: 910 days, halfway is 455 days in
    assertThat(stdout()).contains("targets, halfway (2021-11-30) and at the end (2023-02-28):");
    // docs/seeds.md, counted from the data: studies 20/60, employment 14/60 not met; internship 12/60 exactly 20 % met
    assertThat(stdout())
        .containsPattern("studies-35 .*\\n.*\\n      end      not met \\(final\\) +20 of 60 = 33\\.3 %; women 9/29")
        .containsPattern("internship-20 .*\\n.*\\n      end      met \\(final\\) +12 of 60 = 20\\.0 %")
        .containsPattern("employment-25 .*\\n.*\\n      end      not met \\(final\\) +14 of 60 = 23\\.3 %")
        // Kraftverket: perceived women 14/18, men 16/21; 10 employers hosting interns against a baseline of 6
        .containsPattern("perceived-improvement-80 .*\\n.*\\n      end      not met \\(final\\) +31 of 41 = 75\\.6 %; "
            + "women 14/18 77\\.8 %, men 16/21 76\\.2 %")
        .containsPattern("host-employers-growth-50 .*\\n.*\\n      end      met \\(final\\) +10 against 6 before = \\+66\\.7 %")
        .contains("120 of 120 enrolled; women 53.3 %; Jönköping 60/60; Gotland 60/60")
        .contains("350 of 350 enrolled; women 48.9 %; Avesta 200/200; Hedemora 150/150");
  }

  @Test
  void demoFlagsWhatIsAtRiskHalfway(@TempDir Path tmp) {
    run("demo", "--out", tmp.toString());
    // Kraftverket halfway: women 1 of 4 self-sufficient, below 60 % while the target asks for each gender
    assertThat(stdout())
        .containsPattern("self-sufficient-3m .*\\n.*\\n.*\\n      AT RISK  not met for women and men alike \\(women 25\\.0 % < 60\\.0 %\\)")
        // Praktik - integration: 100 % own development is out of reach once anyone has said no
        .containsPattern("own-development-100 .*\\n.*\\n.*\\n      AT RISK  cannot be reached: \\d+ more must succeed but only \\d+ remain")
        .contains("Kraftverket              met 2 of 4; not met: self-sufficient-3m, perceived-improvement-80; "
            + "at risk halfway: self-sufficient-3m, perceived-improvement-80");
    // a target met with room to spare is not flagged
    assertThat(stdout()).doesNotContainPattern("gender-breaking-3 .*\\n.*\\n.*\\n      AT RISK");
  }

  @Test
  void demoMatchesActiveParticipantsAndExplainsExamplePairsByPseudonymousId(@TempDir Path tmp) {
    run("demo", "--out", tmp.toString());
    for (String prefix : new String[] {"AKA", "KV", "PI", "SM", "PV"}) {
      assertThat(stdout()).containsPattern("matching halfway \\(optimal\\): \\d+ of \\d+ active participants suggested a "
          + "task, \\d+ without one\\n(    " + prefix + "-\\d{4} -> T\\d+  score 0\\.\\d\\d: [a-z ]+ \\+0\\.\\d\\d.*\\n){3}");
    }
  }

  @Test
  void demoWritesReportsIntoAFolderNotMadeYetAndPrintsWhereTheyAre(@TempDir Path base) throws Exception {
    Path tmp = base.resolve("not").resolve("made-yet");   // two levels that do not exist
    assertThat(run("demo", "--out", tmp.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    for (Seed seed : Seed.values()) {
      EsfProject p = SeedProjects.read(seed);
      Path html = tmp.resolve(seed.slug()).resolve("report-" + p.period().end() + ".html");
      Path md = tmp.resolve(seed.slug()).resolve("report-" + p.period().end() + ".md");
      Path mid = tmp.resolve(seed.slug()).resolve("report-" + DemoCommand.midpoint(p) + ".html");
      for (Path f : List.of(html, md, mid)) {
        assertThat(f).isRegularFile();
        assertThat(stdout()).contains("    " + f + "\n");
      }
      String page = Files.readString(html);
      assertThat(page).contains(p.name()).contains(p.period().end().toString());
      for (Target t : p.targets()) {
        assertThat(page).contains(t.id());
        assertThat(Files.readString(md)).contains("| " + t.id() + " |");
      }
      // attainment over time: a series chart for every seed project; SMÖT's milestone drawn on it
      assertThat(page).as(seed.slug()).contains("<svg id=\"chart-series-");
      for (Target t : p.targets()) {
        for (org.esfkit.core.Milestone m : t.milestones()) {
          String chart = page.substring(page.indexOf("<svg id=\"chart-series-" + t.id() + "\""));
          chart = chart.substring(0, chart.indexOf("</svg>"));
          assertThat(chart).as(t.id()).contains("class=\"marker\"").contains("Delmål " + m.on());
        }
      }
      // shared reports: the halfway report has the matching, the end report none
      assertThat(Files.readString(mid)).contains("Matchning mot lågtröskelarbeten");
      assertThat(page).doesNotContain("Matchning mot lågtröskelarbeten");
    }
  }

  @Test
  void demoPrintsFactsAndThresholds(@TempDir Path tmp) {
    run("demo", "--out", tmp.toString());
    assertThat(stdout())
        .contains("budget:  14 170 499 SEK, ESF grant 6 659 826 SEK")
        .contains("planned: 120 participants (Jönköping 60, Gotland 60)")
        .contains("planned: 350 participants (Avesta 200, Hedemora 150)")
        .contains("Småland och öarna")
        .contains("cohort:  48 participants")
        .containsPattern("self-sufficient-3m +at least 60 %, each gender  \"Minst 60% av deltagarna ska ha uppnått [^\"\\n]{1,21}…\"")
        .containsPattern("own-development-100 +at least 100 %  ")
        .containsPattern("internship-places-growth-50 +\\+50 % on 10  ")
        .containsPattern("gender-breaking-3 +at least 3  \"minst tre praktikplatser")
        // SMÖT's illustrative milestone, judged on its date: 67 of the 120 had enrolled by the end of 2020
        .contains("      milestone 2020-12-31, 60 enrolled: met             67 of 60 enrolled; women 47.8 %\n");
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
  void longWordingsAreShortenedAtAWord() {
    assertThat(DemoCommand.shorten("35 % går vidare till studier", 60)).isEqualTo("35 % går vidare till studier");
    assertThat(DemoCommand.shorten("Minst ett socialt företag ska etableras", 20)).isEqualTo("Minst ett socialt…");
  }

  @Test
  void sekGroupsThousandsWithSpaces() {
    assertThat(DemoCommand.sek(Money.sek("6979677"))).isEqualTo("6 979 677 SEK");
    assertThat(DemoCommand.sek(Money.sek("999"))).isEqualTo("999 SEK");
    assertThat(DemoCommand.sek(Money.sek("1000.50"))).isEqualTo("1 000,5 SEK");
    assertThat(DemoCommand.sek(null)).isEqualTo("not stated");
  }
}
