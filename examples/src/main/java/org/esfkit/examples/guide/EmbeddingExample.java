package org.esfkit.examples.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.Register;
import org.esfkit.core.io.PlacementsCsv;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.ReadResult;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.core.io.TasksCsv;
import org.esfkit.examples.Seed;
import org.esfkit.examples.SeedFiles;
import org.esfkit.examples.SyntheticCohorts;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ShareResult;
import org.esfkit.metrics.TargetResult;

/**
 * Example 1 — embedding esfkit: read a project file and a participant register (plus placements
 * and tasks) from files, evaluate every target as of a date, print a table.
 *
 * <p>Run it with {@code java -cp examples/target/esfkit.jar org.esfkit.examples.guide.EmbeddingExample [DIR]}:
 * it writes the files of the seed project Kraftverket into {@code DIR} (a temporary directory by
 * default) the way {@code esfkit demo} does, then reads them back as your application would read
 * its own. Test: {@code EmbeddingExampleTest}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Writes Kraftverket's files and prints its targets as of the project's last day, 2014-02-28.
   *
   * @param args optional directory to write the files into
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("esfkit-example");
    SeedFiles.write(SyntheticCohorts.cohort(Seed.KRAFTVERKET), dir);
    System.out.print(targetTable(dir, LocalDate.of(2014, 2, 28)));
  }

  /**
   * Reads {@code project.json}, {@code participants.csv}, {@code placements.csv} and
   * {@code tasks.csv} from a directory and renders every target as of a date.
   *
   * @param dir the directory holding the four files
   * @param asOf the as-of date
   * @return the table, one line per target
   * @throws org.esfkit.core.ImportException listing every problem if a file is not clean
   */
  public static String targetTable(Path dir, LocalDate asOf) {
    // 1. Read. Every reader returns a ReadResult: all problems of the file, in file order, each
    //    printing as FILE:LINE:COLUMN: message. value() throws ImportException unless it is clean.
    ReadResult<EsfProject> project = ProjectJson.read(dir.resolve("project.json"));
    ReadResult<Register> register = RegisterCsv.read(dir.resolve("participants.csv"));
    List<Placement> placements = PlacementsCsv.read(dir.resolve("placements.csv")).value();
    List<LowThresholdTask> tasks = TasksCsv.read(dir.resolve("tasks.csv")).value();

    // 2. Build the cohort once (it converts everything into primitive columns) ...
    Cohort cohort = Cohort.builder(project.value())
        .register(register.value())
        .placements(placements)
        .tasks(tasks)
        .build();

    // 3. ... and evaluate every target of the project as of the date.
    Evaluation ev = MetricsEngine.standard().evaluate(cohort, asOf);

    // 4. Print. Results carry only numbers; nothing personal.
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s as of %s%n", ev.projectNumber(), ev.asOf()));
    out.append(String.format(Locale.ROOT, "%-26s %-9s %-17s %9s %7s %7s%n",
        "target", "type", "status", "counted", "value", "pending"));
    for (TargetResult r : ev.results()) {
      // each kind of target has its own fields
      String counted;
      Double value;
      long pending = 0;
      if (r instanceof ShareResult s) {
        counted = s.numerator() + "/" + s.denominator();
        value = s.value();
        pending = s.pending();
      } else if (r instanceof CountResult c) {
        counted = c.count() == null ? "-" : Long.toString(c.count());
        value = c.count() == null ? null : c.count().doubleValue();
      } else if (r instanceof GrowthResult g) {
        counted = g.count() + "/" + g.baseline();
        value = g.growth();
      } else {
        EnrolmentResult e = (EnrolmentResult) r;
        counted = e.enrolled() + "/" + e.planned();
        value = e.value();
      }
      out.append(String.format(Locale.ROOT, "%-26s %-9s %-17s %9s %7s %7d%n", r.id(), r.type().code(),
          r.status().code(), counted, value == null ? "-" : String.format(Locale.ROOT, "%.3f", value), pending));
    }
    return out.toString();
  }
}
