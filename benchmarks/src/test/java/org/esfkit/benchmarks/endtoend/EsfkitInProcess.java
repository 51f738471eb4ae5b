package org.esfkit.benchmarks.endtoend;

import java.nio.file.Path;
import org.esfkit.core.EsfProject;
import org.esfkit.core.Gender;
import org.esfkit.core.Register;
import org.esfkit.core.io.ProjectJson;
import org.esfkit.core.io.RegisterCsv;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.ShareResult;

/** esfkit's numbers for the comparison's target, computed in this JVM from the same files. */
final class EsfkitInProcess {
  private EsfkitInProcess() {}

  static ShareCounts counts(Path project, Path register) {
    EsfProject p = ProjectJson.read(project).value();
    Register r = RegisterCsv.read(register).value();
    ShareResult t = (ShareResult) MetricsEngine.standard()
        .evaluate(Cohort.builder(p).register(r).build(), RegisterFiles.AS_OF).results().stream()
        .filter(x -> x.id().equals(RegisterFiles.TARGET_ID)).findFirst().orElseThrow();
    ShareCounts c = new ShareCounts();
    for (int g = 0; g < 4; g++) {
      Gender gender = Gender.valueOf(ShareCounts.GENDERS[g].toUpperCase(java.util.Locale.ROOT));
      c.numerator[g] = t.shareFor(gender).numerator();
      c.denominator[g] = t.shareFor(gender).denominator();
    }
    return c;
  }
}
