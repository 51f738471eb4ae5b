package org.esfkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register larger than the Java heap fails with a message naming the option that gives Java
 * more memory, and exit code 2, never a raw {@code OutOfMemoryError}: {@code esfkit metrics} run
 * in a JVM of 48 MB on a register of 600,000 rows (about 60 MB).
 */
class HeapLimitCliTest {
  @TempDir
  Path dir;

  @Test
  void aRegisterLargerThanTheHeapNamesTheOptionInsteadOfAnOutOfMemoryError() throws IOException, InterruptedException {
    Path project = dir.resolve("project.json");
    Files.writeString(project, "{\"project_number\": \"2019/00042\", \"name\": \"Heap\", "
        + "\"period\": {\"start\": \"2019-01-07\", \"end\": \"2024-12-31\"}, \"targets\": [{\"id\": \"w\", "
        + "\"type\": \"share\", \"measure\": \"exit_status\", \"statuses\": [\"employment\"], \"at_least\": 0.5}]}");
    Path register = dir.resolve("participants.csv");
    try (BufferedWriter w = Files.newBufferedWriter(register, StandardCharsets.UTF_8)) {
      w.write("participant_id,gender,birth_year,site,enrolled_on,exited_on,exit_status\n");
      for (int i = 0; i < 600_000; i++) {
        w.write("P" + (1_000_000_000L + i) + (i % 2 == 0 ? ",woman," : ",man,") + (1960 + i % 40)
            + ",Avesta,2020-0" + (1 + i % 9) + "-1" + (i % 10) + ",2021-03-0" + (1 + i % 9) + ",employment\n");
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
        Esfkit.class.getName(), "metrics", "--project", project.toString(), "--participants", register.toString(),
        "--as-of", "2024-06-30")).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(2);
    assertThat(output).contains("give Java more memory with -Xmx").doesNotContain("java.lang.OutOfMemoryError");
  }
}
