package org.esfkit.benchmarks.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.Evaluation;
import org.esfkit.metrics.MetricsEngine;
import org.esfkit.metrics.SeriesStep;
import org.esfkit.metrics.TargetSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating the seventeen targets of the five seed projects over a synthetic register of a
 * million participants: esfkit's engine (sequential, and in two parallel parts) beside a
 * hand-written single pass over the same arrays ({@link PlainLoop}), the limit to approach.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'metrics.MetricsBenchmark' -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class MetricsBenchmark {
  /** Participants in the synthetic register. */
  @Param("1000000")
  public int participants;

  private Cohort cohort;
  private PlainLoop plain;
  private final MetricsEngine engine = MetricsEngine.standard();
  private final LocalDate asOf = LocalDate.of(2022, 12, 31);

  /** Builds the register through the model, converts it into columns, copies the plain arrays. */
  @Setup(Level.Trial)
  public void setUp() {
    cohort = SyntheticRegister.cohort(participants, 42);
    plain = new PlainLoop(cohort);
  }

  /**
   * esfkit: every target, sequentially.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation esfkitSequential() {
    return engine.evaluate(cohort, asOf);
  }

  /**
   * esfkit: every target at each month end from the project's start to the as-of date, in one
   * pass per target ({@link MetricsEngine#series}); to set beside {@link #esfkitSequential()}.
   *
   * @return the series
   */
  @Benchmark
  public List<TargetSeries> esfkitSeries() {
    return engine.series(cohort, asOf);
  }

  /**
   * esfkit: every target at each quarter end from the project's start to the as-of date
   * ({@link MetricsEngine#series(Cohort, LocalDate, SeriesStep)} with {@link SeriesStep#QUARTER}).
   *
   * @return the series
   */
  @Benchmark
  public List<TargetSeries> esfkitSeriesQuarterly() {
    return engine.series(cohort, asOf, SeriesStep.QUARTER);
  }

  /**
   * esfkit: every target in two parts on the fork-join pool, merged.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation esfkitParallel2() {
    return engine.evaluateParallel(cohort, asOf, 2);
  }

  /**
   * The limit: one hand-written pass computing the same numbers.
   *
   * @return the numbers per target
   */
  @Benchmark
  public Map<String, long[]> plainLoop() {
    return plain.run(asOf);
  }
}
