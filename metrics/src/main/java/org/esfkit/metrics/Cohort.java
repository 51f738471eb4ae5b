package org.esfkit.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import org.esfkit.core.EsfProject;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Placement;
import org.esfkit.core.internal.PlacementColumns;
import org.esfkit.core.Register;
import org.esfkit.core.Subgroup;
import org.esfkit.core.ValidationException;
import org.esfkit.metrics.internal.Columns;
import org.esfkit.metrics.spi.CohortTables;
import org.jspecify.annotations.Nullable;

/**
 * The input of every evaluation: a project with its register and, where they were supplied, its
 * placements and low-threshold tasks. Build it once and evaluate it as of as many dates as needed
 * with {@link MetricsEngine}:
 *
 * <pre>{@code
 * Cohort cohort = Cohort.builder(project)
 *     .register(register)
 *     .placements(placements)
 *     .tasks(tasks)
 *     .build();
 * }</pre>
 *
 * <p>A source that is not given is <em>not supplied</em>, which is not the same as supplied and
 * empty: a target that counts placements is {@link Status#INSUFFICIENT_DATA insufficient data}
 * with a reason when {@link Builder#placements(List)} was never called, and counts 0 when it was
 * called with an empty list. The same holds for tasks. The project's achievements are part of
 * the project and always supplied.
 *
 * <p>Calculators read the cohort through {@link #tables()}. Immutable and thread-safe.
 */
public final class Cohort {
  private final Columns tables;
  private final Map<Subgroup, Columns> subgroups = new ConcurrentHashMap<>();

  private Cohort(Columns tables) {
    this.tables = tables;
  }

  /**
   * The tables of a subgroup's participants and their placements, built once per subgroup.
   *
   * @param where the subgroup
   * @return the tables, empty when it selects nobody
   */
  Columns select(Subgroup where) {
    return subgroups.computeIfAbsent(where, tables::select);
  }

  /**
   * Starts a cohort of a project.
   *
   * @param project the project whose targets, period and achievements apply
   * @return a builder
   * @throws NullPointerException if the project is null
   */
  public static Builder builder(EsfProject project) {
    return new Builder(Objects.requireNonNull(project, "project"));
  }

  /**
   * Starts a cohort without a project: enough for the common indicators, not for targets.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(null);
  }

  /**
   * Creates a cohort of a project and its register; placements and tasks are not supplied, so
   * targets that count them are insufficient data.
   *
   * @param project the project
   * @param register its register
   * @return the cohort
   */
  public static Cohort of(EsfProject project, Register register) {
    return builder(project).register(register).build();
  }

  /**
   * The project, if the cohort has one.
   *
   * @return the project, or null
   */
  public @Nullable EsfProject project() {
    return tables.project();
  }

  /**
   * The project, required.
   *
   * @return the project
   * @throws IllegalStateException if the cohort was built without a project
   */
  public EsfProject requireProject() {
    EsfProject p = tables.project();
    if (p == null) {
      throw new IllegalStateException("this cohort was built without a project; targets need one");
    }
    return p;
  }

  /**
   * Number of participants in the register.
   *
   * @return the count
   */
  public int participantCount() {
    return tables.participantCount();
  }

  /**
   * Whether placements were supplied (possibly an empty list).
   *
   * @return true if {@link Builder#placements(List)} was called
   */
  public boolean placementsSupplied() {
    return tables.placementsSupplied();
  }

  /**
   * Whether low-threshold tasks were supplied (possibly an empty list).
   *
   * @return true if {@link Builder#tasks(List)} was called
   */
  public boolean tasksSupplied() {
    return tables.tasksSupplied();
  }

  /**
   * The column tables calculators and indicators read.
   *
   * @return the tables
   */
  public CohortTables tables() {
    return tables;
  }

  @Override
  public String toString() {
    EsfProject p = tables.project();
    return "Cohort[" + (p == null ? "no project" : p.projectNumber()) + ", " + tables.participantCount()
        + " participants, " + (placementsSupplied() ? tables.placementCount() + " placements" : "placements not supplied")
        + ", " + (tasksSupplied() ? tables.taskCount() + " tasks" : "tasks not supplied") + "]";
  }

  /** Builds a {@link Cohort}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private final @Nullable EsfProject project;
    private @Nullable Register register;
    private @Nullable List<Placement> placements;
    private @Nullable List<LowThresholdTask> tasks;

    private Builder(@Nullable EsfProject project) {
      this.project = project;
    }

    /**
     * Sets the register: participants and their pathways. Required; a project with no
     * participants yet is an explicitly empty register ({@code Register.builder().build()}).
     *
     * @param register the register
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = Objects.requireNonNull(register, "register");
      return this;
    }

    /**
     * Supplies the placements. An empty list means "there are none"; not calling this means
     * "not known", and targets that count placements are insufficient data. The list is copied
     * into columns; a list {@code PlacementsCsv} read is held in columns already and kept as it is.
     *
     * @param placements the placements; every participant must be in the register
     * @return this builder
     */
    public Builder placements(List<Placement> placements) {
      // held in columns: a reader's columns as they are, any other list copied into columns
      this.placements = PlacementColumns.of(Objects.requireNonNull(placements, "placements"));
      return this;
    }

    /**
     * Supplies the low-threshold tasks. An empty list means "there are none"; not calling this
     * means "not known", and targets that count tasks are insufficient data.
     *
     * @param tasks the tasks
     * @return this builder
     */
    public Builder tasks(List<LowThresholdTask> tasks) {
      this.tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
      return this;
    }

    /**
     * Converts everything into columns.
     *
     * @return the cohort
     * @throws IllegalStateException if no register was set
     * @throws ValidationException if a placement names a participant not in the register
     */
    public Cohort build() {
      if (register == null) {
        throw new IllegalStateException("Cohort.builder(...).register(register) was not called; a cohort needs a "
            + "register (for a project with no participants yet, pass Register.builder().build())");
      }
      return new Cohort(new Columns(project, register, placements, tasks));
    }
  }
}
