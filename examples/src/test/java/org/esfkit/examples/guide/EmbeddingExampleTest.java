package org.esfkit.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.esfkit.core.ImportException;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedFiles;
import org.esfkit.examples.SyntheticCohorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example 1: reads Kraftverket's files and prints its targets. */
class EmbeddingExampleTest {
  @TempDir Path dir;

  @Test
  void printsEveryTargetOfTheProjectReadFromFiles() throws Exception {
    SeedFiles.write(SyntheticCohorts.cohort(Seed.KRAFTVERKET), dir);

    // once every follow-up window has closed, the figures docs/seeds.md counted from the data
    String table = EmbeddingExample.targetTable(dir, LocalDate.of(2014, 6, 30));

    assertThat(table.lines()).containsExactly(
        "2010-3010042 as of 2014-06-30",
        "target                     type      status              counted   value pending",
        "self-sufficient-3m         share     not_achieved          31/48   0.646       0",
        "perceived-improvement-80   share     not_achieved          31/41   0.756       0",
        "host-employers-growth-50   growth    achieved               10/6   0.667       0",
        "social-enterprise-1        count     achieved                  1   1.000       0");
  }

  @Test
  void onTheProjectsLastDayFollowUpsArePending() throws Exception {
    SeedFiles.write(SyntheticCohorts.cohort(Seed.KRAFTVERKET), dir);

    String table = EmbeddingExample.targetTable(dir, LocalDate.of(2014, 2, 28));

    assertThat(table).contains("self-sufficient-3m         share     not_achieved          23/36   0.639      12");
  }

  @Test
  void aBadRowStopsTheExampleWithEveryProblem() throws Exception {
    SeedFiles.write(SyntheticCohorts.cohort(Seed.KRAFTVERKET), dir);
    Path register = dir.resolve("participants.csv");
    Files.writeString(register, Files.readString(register)
        .replace("KV-0001,man,", "KV-0001,robot,")                  // line 2
        .replace("KV-0002,man,1950,Bjurholm,2012-07-07,", "KV-0002,man,1950,Bjurholm,2012-07-32,"));   // line 3

    // every problem is reported, not just the first
    assertThatThrownBy(() -> EmbeddingExample.targetTable(dir, LocalDate.of(2014, 6, 30)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("participants.csv:2:gender")
        .hasMessageContaining("participants.csv:3:enrolled_on");
  }
}
