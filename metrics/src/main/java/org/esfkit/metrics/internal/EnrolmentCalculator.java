package org.esfkit.metrics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.Gender;
import org.esfkit.core.Target;
import org.esfkit.core.TargetType;
import org.esfkit.metrics.Audit;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GenderBalance;
import org.esfkit.metrics.Share;
import org.esfkit.metrics.SiteEnrolment;
import org.esfkit.metrics.Status;
import org.esfkit.metrics.TargetResult;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.Metric;
import org.esfkit.metrics.spi.MetricAccumulator;
import org.esfkit.metrics.spi.TargetCalculator;
import org.jspecify.annotations.Nullable;

/**
 * {@code enrolment} targets, and the one count of enrolment ({@link Enrolment}): participants
 * enrolled on or before D, in total, by gender and per site. A target is achieved when the total
 * reaches the planned number and every site the target plans reaches its own number. A site found
 * in the register that a target planning by site does not name counts in the total and appears
 * under its own name with 0 planned. The tally does not depend on the target, so every enrolment
 * target shares one {@link Pass} over the rows.
 */
public final class EnrolmentCalculator implements TargetCalculator {
  @Override
  public String name() {
    return "enrolment";
  }

  @Override
  public boolean supports(Target target) {
    return target.type() == TargetType.ENROLMENT;
  }

  @Override
  public Metric metric(Target target) {
    return new EnrolmentMetric(target);
  }

  /** An enrolment target's metric; all share one pass, and a series is one pass too. */
  private interface EnrolmentSharing extends SharedPass.Sharing, Timeline {}

  private static final class EnrolmentMetric implements EnrolmentSharing {
    private final Target target;

    EnrolmentMetric(Target target) {
      this.target = target;
    }

    @Override
    public MetricAccumulator newAccumulator(CohortTables tables, LocalDate asOf) {
      return new Acc(target, tables, asOf);
    }

    @Override
    public Object passKey() {
      return EnrolmentCalculator.class;
    }

    @Override
    public SharedPass newPass(CohortTables tables, LocalDate asOf) {
      return new Pass(tables, asOf);
    }

    @Override
    public Object timelineKey() {
      return EnrolmentCalculator.class;
    }

    @Override
    public Timeline.Sweep newPass(CohortTables tables, int[] days) {
      return new SeriesPass(tables, days);
    }

    @Override
    public TargetResult result(CohortTables tables, LocalDate date, int k, Object tallies) {
      Acc acc = new Acc(target, tables, date);
      ((SeriesPass) tallies).read(k, acc.pass);
      return acc.result();
    }
  }

  /**
   * A series' one pass: a participant counts from the first date on or after their enrolment, one
   * step each, by gender and by site.
   */
  private static final class SeriesPass implements Timeline.Sweep {
    private final Timeline.Index index;
    private final int sites;
    private final long[] byGender;
    private final long[] bySite;

    SeriesPass(CohortTables c, int[] days) {
      this.index = new Timeline.Index(days);
      this.sites = c.siteCount();
      this.byGender = new long[(days.length + 1) * 4];
      this.bySite = new long[(days.length + 1) * sites];
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      for (int i = from; i < to; i++) {
        int k = index.of(c.enrolledOn(i));
        byGender[k * 4 + c.gender(i)]++;
        int s = c.site(i);
        if (s >= 0) {
          bySite[k * sites + s]++;
        }
      }
    }

    @Override
    public Object tallies(CohortTables tables) {
      Timeline.cumulate(byGender, 4);
      Timeline.cumulate(bySite, sites);
      return this;
    }

    /** Copies the tallies as of date {@code k} into an empty pass. */
    void read(int k, Pass into) {
      System.arraycopy(byGender, k * 4, into.byGender, 0, 4);
      System.arraycopy(bySite, k * sites, into.bySite, 0, sites);
    }
  }

  /**
   * Counts enrolment as of a date.
   *
   * @param tables the cohort's tables
   * @param asOf the date
   * @return the enrolment
   */
  public static Enrolment count(CohortTables tables, LocalDate asOf) {
    Pass p = new Pass(tables, asOf);
    p.participants(tables, 0, tables.participantCount());
    return p.enrolment(tables, asOf);
  }

  /**
   * Counts enrolled participants as of each of several dates, in one pass: each participant is
   * tallied at the first date on or after their enrolment, and the tallies are summed date by date.
   *
   * @param tables the cohort's tables
   * @param dates the dates, ascending
   * @return one enrolment per date, the same as {@link #count} on each
   */
  public static List<Enrolment> counts(CohortTables tables, List<LocalDate> dates) {
    int m = dates.size();
    int[] days = new int[m];
    for (int k = 0; k < m; k++) {
      days[k] = (int) dates.get(k).toEpochDay();
    }
    int sites = tables.siteCount();
    long[] byGender = new long[(m + 1) * 4];
    long[] bySite = new long[(m + 1) * sites];
    for (int i = 0, n = tables.participantCount(); i < n; i++) {
      int k = java.util.Arrays.binarySearch(days, tables.enrolledOn(i));
      // the first date on or after the enrolment (m: after the last date)
      k = k >= 0 ? firstOf(days, k) : -k - 1;
      byGender[k * 4 + tables.gender(i)]++;
      int s = tables.site(i);
      if (s >= 0) {
        bySite[k * sites + s]++;
      }
    }
    List<Enrolment> out = new ArrayList<>(m);
    Pass running = new Pass(tables, dates.isEmpty() ? LocalDate.MIN : dates.get(0));
    for (int k = 0; k < m; k++) {
      for (int g = 0; g < 4; g++) {
        running.byGender[g] += byGender[k * 4 + g];
      }
      for (int s = 0; s < sites; s++) {
        running.bySite[s] += bySite[k * sites + s];
      }
      out.add(running.enrolment(tables, dates.get(k)));
    }
    return out;
  }

  /** The first index holding the same day as {@code days[k]} (dates may repeat). */
  private static int firstOf(int[] days, int k) {
    while (k > 0 && days[k - 1] == days[k]) {
      k--;
    }
    return k;
  }

  /** Tallies participants enrolled on or before D by gender and by site. */
  private static final class Pass implements SharedPass {
    private final int day;
    private final long[] byGender = new long[4];
    private final long[] bySite;

    Pass(CohortTables tables, LocalDate asOf) {
      this.day = (int) asOf.toEpochDay();
      this.bySite = new long[tables.siteCount()];
    }

    static boolean enrolled(CohortTables c, int i, int day) {
      return c.enrolledOn(i) <= day;
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      final int d = day;
      for (int i = from; i < to; i++) {
        if (enrolled(c, i, d)) {
          byGender[c.gender(i)]++;
          int s = c.site(i);
          if (s >= 0) {
            bySite[s]++;
          }
        }
      }
    }

    @Override
    public void addTo(MetricAccumulator accumulator) {
      add(((Acc) accumulator).pass, this);
    }

    Enrolment enrolment(CohortTables tables, LocalDate asOf) {
      long total = 0;
      for (long n : byGender) {
        total += n;
      }
      Map<String, Long> sites = new LinkedHashMap<>();
      for (int s = 0; s < bySite.length; s++) {
        if (bySite[s] > 0) {
          sites.put(tables.siteName(s), bySite[s]);
        }
      }
      return new Enrolment(asOf, total, Verdicts.countsByGender(byGender), sites);
    }
  }

  private static void add(Pass into, Pass from) {
    for (int k = 0; k < into.byGender.length; k++) {
      into.byGender[k] += from.byGender[k];
    }
    for (int k = 0; k < into.bySite.length; k++) {
      into.bySite[k] += from.bySite[k];
    }
  }

  /**
   * The verdict on the share of women, exactly and with both bounds inclusive.
   *
   * @param target the enrolment target
   * @param women women of all enrolled
   * @return null when the target sets no bound or no one is enrolled
   */
  static @Nullable GenderBalance balance(Target target, Share women) {
    if ((target.womenAtLeast() == null && target.womenAtMost() == null) || !women.isDefined()) {
      return null;
    }
    if (target.womenAtLeast() != null && women.compareTo(target.womenAtLeast()) < 0) {
      return GenderBalance.BELOW_WOMEN_AT_LEAST;
    }
    if (target.womenAtMost() != null && women.compareTo(target.womenAtMost()) > 0) {
      return GenderBalance.ABOVE_WOMEN_AT_MOST;
    }
    return GenderBalance.WITHIN;
  }

  private static final class Acc implements MetricAccumulator {
    private final Target target;
    private final CohortTables tables;
    private final LocalDate asOf;
    private final int day;
    private final Pass pass;

    Acc(Target target, CohortTables tables, LocalDate asOf) {
      this.target = target;
      this.tables = tables;
      this.asOf = asOf;
      this.day = (int) asOf.toEpochDay();
      this.pass = new Pass(tables, asOf);
    }

    @Override
    public void participants(CohortTables c, int from, int to) {
      pass.participants(c, from, to);
    }

    @Override
    public void merge(MetricAccumulator other) {
      add(pass, ((Acc) other).pass);
    }

    @Override
    public Audit audit() {
      List<String> out = new ArrayList<>();
      for (int i = 0, n = tables.participantCount(); i < n; i++) {
        if (Pass.enrolled(tables, i, day)) {
          out.add(tables.participantId(i));
        }
      }
      return Audit.of(out, out);
    }

    @Override
    public TargetResult result() {
      Enrolment e = pass.enrolment(tables, asOf);
      Map<String, SiteEnrolment> sites = new LinkedHashMap<>();
      target.bySite().forEach((name, planned) -> sites.put(name, SiteEnrolment.of(0, planned)));
      for (int s = 0; s < tables.siteCount(); s++) {
        String name = tables.siteName(s);
        // a site the target's plan does not name counts with 0 planned; no plan by site, no number
        Integer planned = target.bySite().isEmpty() ? null : target.bySite().getOrDefault(name, 0);
        sites.put(name, SiteEnrolment.of(e.bySite().getOrDefault(name, 0L), planned));
      }
      String reason = Verdicts.commonReason(tables, asOf);
      GenderBalance balance = balance(target, Share.of(e.byGender().get(Gender.WOMAN), e.total()));
      boolean ok = e.total() >= target.planned() && sites.values().stream().allMatch(SiteEnrolment::reached)
          && (balance == null || balance == GenderBalance.WITHIN);
      Status status = reason != null ? Status.INSUFFICIENT_DATA : ok ? Status.ACHIEVED : Status.NOT_ACHIEVED;
      return new EnrolmentResult(target.id(), asOf, status, reason == null && Verdicts.isFinal(tables, day, 0), reason,
          e.total(), target.planned(), e.byGender(), sites, target.womenAtLeast(), target.womenAtMost(), balance);
    }
  }
}
