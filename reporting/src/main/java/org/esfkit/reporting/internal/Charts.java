package org.esfkit.reporting.internal;

import org.esfkit.metrics.CountResult;
import org.esfkit.metrics.SeriesStep;
import org.esfkit.metrics.TargetSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.esfkit.core.Gender;
import org.esfkit.core.Target;
import org.esfkit.metrics.Enrolment;
import org.esfkit.metrics.EnrolmentResult;
import org.esfkit.metrics.GrowthResult;
import org.esfkit.metrics.ParticipantShare;
import org.esfkit.metrics.TargetResult;
import org.esfkit.reporting.ProgressReport;
import org.esfkit.reporting.ReportOptions;
import org.esfkit.reporting.internal.ReportView.Chart;
import org.esfkit.reporting.internal.ReportView.Line;
import org.esfkit.reporting.internal.ReportView.Rect;
import org.esfkit.reporting.internal.ReportView.Text;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the report's three SVG charts. Values hidden by suppression are not drawn; their
 * label says they are hidden. A chart with no bar to draw is left out (its table stays).
 */
final class Charts {
  private static final int WIDTH = 760;
  private static final int LABEL_W = 190;
  private static final int RIGHT_W = 150;
  private static final int PLOT_W = WIDTH - LABEL_W - RIGHT_W;
  /**
   * The characters of a bar's label that fit in {@link #LABEL_W} (less its 8 px gap) at 12 px,
   * counting 7 px a character: a sans-serif face averages less, so no label runs off the chart.
   */
  private static final int LABEL_CHARS = (LABEL_W - 8) / 7;

  /**
   * The attainment scale: up to the highest threshold (100 % at least) and the highest value, but
   * a value beyond {@link #CLIP} (a growth of 280 %) does not stretch the axis: its bar is cut at
   * the edge and its label says the value, so the shares keep the width.
   */
  private static final double CLIP = 1.5;

  private final ProgressReport report;
  private final Figures figures;
  private final Fmt fmt;
  private final Locale locale;
  private final SeriesStep step;

  Charts(ProgressReport report, Figures figures, ReportOptions options, Fmt fmt) {
    this.report = report;
    this.figures = figures;
    this.fmt = fmt;
    this.locale = options.locale();
    this.step = options.seriesStep();
  }

  private static String n(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  private String t(Label l) {
    return l.in(locale);
  }

  /** Where the target's line is drawn: its threshold, or 100 % of the planned number. */
  private static @Nullable BigDecimal mark(TargetResult r) {
    if (r instanceof EnrolmentResult) {
      return BigDecimal.ONE;
    } else if (r instanceof ParticipantShare s) {
      return s.threshold();
    } else if (r instanceof GrowthResult g) {
      return g.threshold();
    }
    return null;
  }

  /** Rounds a scale's maximum up to a multiple of 0.25, at least 1. */
  private static double shareScale(double max) {
    return Math.max(1.0, Math.ceil(max * 4 - 1e-9) / 4);
  }

  private void axis(List<Line> lines, List<Text> texts, double scale, double top, double bottom) {
    // at most seven ticks, so that the labels never run into each other
    double step = scale <= 1.5 ? 0.25 : scale <= 3 ? 0.5 : Math.ceil(scale / 6);
    for (double tick = 0; tick <= scale + 1e-9; tick += step) {
      double x = LABEL_W + PLOT_W * tick / scale;
      lines.add(new Line(n(x), n(top), n(x), n(bottom), tick == 0 ? "axis" : "grid"));
      texts.add(new Text(n(x), n(bottom + 14), fmt.percent(BigDecimal.valueOf(tick)), "middle"));
    }
  }

  @Nullable Chart attainment() {
    List<Figures.TargetFigures> rows = new ArrayList<>();
    for (Figures.TargetFigures tf : figures.targets()) {
      if (mark(tf.result()) != null && (tf.value() instanceof Cell.Ratio || tf.value().masked())) {
        rows.add(tf);
      }
    }
    if (rows.isEmpty()) {
      return null;
    }
    double max = 0;
    for (Figures.TargetFigures tf : rows) {
      double v = tf.value() instanceof Cell.Ratio x ? Math.min(x.value(), CLIP) : 0;
      max = Math.max(max, Math.max(v, mark(tf.result()).doubleValue()));
    }
    double scale = shareScale(max);
    boolean anyBar = false;
    int rowH = 30;
    int top = 10;
    int bottom = top + rowH * rows.size();
    List<Rect> rects = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    axis(lines, texts, scale, top, bottom);
    for (int i = 0; i < rows.size(); i++) {
      TargetResult r = rows.get(i).result();
      double y = top + i * rowH + 7;
      String name = name(rows.get(i));
      texts.add(new Text(n(LABEL_W - 8), n(y + 12), label(rows.get(i), rows), "end"));
      String status = rows.get(i).verdictHidden() ? Cell.MASK : statusSymbol(r);
      if (rows.get(i).value() instanceof Cell.Ratio x) {
        anyBar = true;
        double w = PLOT_W * Math.min(Math.max(0, x.value()), scale) / scale;
        String label = fmt.percent(x.value());
        rects.add(new Rect(n(LABEL_W), n(y), n(w), "16", "bar", name + ": " + label));
        if (x.value() > scale) {
          // cut: two white gaps across the bar's end, the mark of a broken bar (drawn over it)
          for (int k = 0; k < 2; k++) {
            rects.add(new Rect(n(LABEL_W + PLOT_W - 16 + k * 6), n(y - 2), "2", "20", "break", label));
          }
        }
        texts.add(new Text(n(LABEL_W + PLOT_W + 8), n(y + 12), label + " " + status, "start"));
      } else {
        // the value hidden: one mask, and the status beside it only when it is shown
        texts.add(new Text(n(LABEL_W + PLOT_W + 8), n(y + 12),
            rows.get(i).verdictHidden() ? Cell.MASK : Cell.MASK + " " + status, "start"));
      }
      double mx = LABEL_W + PLOT_W * mark(r).doubleValue() / scale;
      lines.add(new Line(n(mx), n(y - 4), n(mx), n(y + 20), "marker"));
    }
    if (!anyBar) {
      return null;   // every value hidden: the table says so; an empty chart would not
    }
    return new Chart("chart-attainment", t(Label.CHART_ATTAINMENT), t(Label.CHART_ATTAINMENT_DESC), WIDTH, bottom + 24,
        rects, lines, texts);
  }

  /** A target as people read it: its own words, else its id. */
  private static String name(Figures.TargetFigures tf) {
    Target target = tf.target();
    return target == null || target.description() == null || target.description().isBlank()
        ? tf.result().id() : target.description();
  }

  /**
   * A bar's visible label: the target's words, cut to fit; its id where another bar of the chart
   * would show the same words (På väg's targets all quote one paragraph), so bars stay told apart.
   */
  private static String label(Figures.TargetFigures tf, List<Figures.TargetFigures> chart) {
    String words = shorten(name(tf), LABEL_CHARS);
    for (Figures.TargetFigures other : chart) {
      if (other != tf && shorten(name(other), LABEL_CHARS).equals(words)) {
        return shorten(tf.result().id(), LABEL_CHARS);
      }
    }
    return words;
  }

  /** The text, cut at a word before {@code max} characters with an ellipsis if longer. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
  }

  private String statusSymbol(TargetResult r) {
    switch (r.status()) {
      case ACHIEVED:
        return "✓";
      case NOT_ACHIEVED:
        return "✗";
      default:
        return "?";
    }
  }

  @Nullable Chart gender() {
    List<Figures.TargetFigures> rows = new ArrayList<>();
    boolean anyBar = false;
    for (Figures.TargetFigures tf : figures.targets()) {
      if (tf.result() instanceof ParticipantShare) {
        rows.add(tf);
        anyBar |= tf.shares().get(Gender.WOMAN) instanceof Cell.Ratio || tf.shares().get(Gender.MAN) instanceof Cell.Ratio;
      }
    }
    if (!anyBar) {
      // every share hidden or undefined: no chart of empty rows, the table beside says it
      return null;
    }
    int rowH = 44;
    int top = 30;
    int bottom = top + rowH * rows.size();
    double scale = 1.0;
    for (Figures.TargetFigures tf : rows) {
      scale = Math.max(scale, shareScale(((ParticipantShare) tf.result()).threshold().doubleValue()));
    }
    List<Rect> rects = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    // legend: text says which bar is which, so colour is not needed to read it
    rects.add(new Rect(n(LABEL_W), "6", "14", "12", "bar", t(Label.WOMEN)));
    texts.add(new Text(n(LABEL_W + 20), "17", t(Label.WOMEN), "start"));
    rects.add(new Rect(n(LABEL_W + 120), "6", "14", "12", "bar-men", t(Label.MEN)));
    texts.add(new Text(n(LABEL_W + 140), "17", t(Label.MEN), "start"));
    axis(lines, texts, scale, top, bottom);
    for (int i = 0; i < rows.size(); i++) {
      Figures.TargetFigures tf = rows.get(i);
      ParticipantShare r = (ParticipantShare) tf.result();
      double y = top + i * rowH + 6;
      texts.add(new Text(n(LABEL_W - 8), n(y + 20), label(tf, rows), "end"));
      Gender[] genders = {Gender.WOMAN, Gender.MAN};
      for (int k = 0; k < 2; k++) {
        Gender g = genders[k];
        double by = y + k * 16;
        String who = t(k == 0 ? Label.WOMEN : Label.MEN);
        Cell cell = tf.shares().get(g);
        if (cell instanceof Cell.None) {
          texts.add(new Text(n(LABEL_W + PLOT_W + 8), n(by + 11), who + ": –", "start"));
        } else if (!(cell instanceof Cell.Ratio x)) {
          texts.add(new Text(n(LABEL_W + PLOT_W + 8), n(by + 11), who + ": " + Cell.MASK, "start"));
        } else {
          double share = x.value();
          String label = who + ": " + fmt.percent(share);
          rects.add(new Rect(n(LABEL_W), n(by), n(PLOT_W * share / scale), "13", k == 0 ? "bar" : "bar-men",
              name(tf) + ", " + label));
          texts.add(new Text(n(LABEL_W + PLOT_W + 8), n(by + 11), label, "start"));
        }
      }
      double mx = LABEL_W + PLOT_W * r.threshold().doubleValue() / scale;
      lines.add(new Line(n(mx), n(y - 4), n(mx), n(y + 34), "marker"));
    }
    return new Chart("chart-gender", t(Label.CHART_GENDER), t(Label.CHART_GENDER_DESC), WIDTH, bottom + 24,
        rects, lines, texts);
  }

  @Nullable Chart enrolment() {
    List<Enrolment> pts = report.enrolmentOverTime();
    if (pts.isEmpty()) {
      return null;
    }
    Integer planned = report.project().plannedParticipants();
    int max = planned == null ? 0 : planned;
    for (Enrolment p : pts) {
      max = Math.max(max, Math.toIntExact(p.total()));
    }
    int step = niceStep(Math.max(max, 1));
    int yMax = ((Math.max(max, 1) + step - 1) / step) * step;
    int left = 60;
    int plotW = WIDTH - left - 20;
    int top = 20;
    int plotH = 220;
    int bottom = top + plotH;
    List<Rect> rects = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    for (int v = 0; v <= yMax; v += step) {
      double y = bottom - plotH * (double) v / yMax;
      lines.add(new Line(n(left), n(y), n(left + plotW), n(y), v == 0 ? "axis" : "grid"));
      texts.add(new Text(n(left - 6), n(y + 4), fmt.count(v), "end"));
    }
    double slot = (double) plotW / pts.size();
    int every = Math.max(1, (int) Math.ceil(pts.size() / 12.0));
    for (int i = 0; i < pts.size(); i++) {
      Enrolment p = pts.get(i);
      double x = left + i * slot + slot * 0.15;
      if (figures.enrolmentOverTime().get(i).masked()) {
        texts.add(new Text(n(x + slot * 0.35), n(bottom - 5), Cell.MASK, "middle"));
      } else {
        double h = plotH * (double) p.total() / yMax;
        rects.add(new Rect(n(x), n(bottom - h), n(slot * 0.7), n(h), "bar",
            fmt.date(p.asOf()) + ": " + fmt.count(p.total())));
      }
      if (i % every == 0) {
        texts.add(new Text(n(x + slot * 0.35), n(bottom + 16), p.asOf().toString().substring(0, 7), "middle"));
      }
    }
    if (planned != null) {
      double y = bottom - plotH * (double) planned / yMax;
      lines.add(new Line(n(left), n(y), n(left + plotW), n(y), "planned"));
      texts.add(new Text(n(left + plotW), n(y - 5), t(Label.PLANNED) + " " + fmt.count(planned), "end"));
    }
    if (rects.isEmpty()) {
      return null;   // every point hidden: the table says so
    }
    return new Chart("chart-enrolment", t(Label.CHART_ENROLMENT), t(Label.CHART_ENROLMENT_DESC), WIDTH, bottom + 28,
        rects, lines, texts);
  }

  /**
   * A target's value over time as a line, with its threshold and its milestones: shares, growth
   * and enrolment (enrolled ÷ planned) in per cent, counts as numbers. A hidden or undefined
   * point leaves a gap.
   *
   * @param s the series' figures
   * @return the chart, or null with fewer than two points, or fewer than two shown
   */
  @Nullable Chart series(Figures.SeriesFigures s) {
    List<TargetSeries.Point> pts = s.series().points();
    if (pts.size() < 2) {
      return null;
    }
    TargetResult last = pts.get(pts.size() - 1).result();
    boolean count = last instanceof CountResult;
    double threshold = threshold(last);
    double max = Math.max(threshold, count ? 1 : 0.0001);
    // a growth can fall below its baseline: the axis then starts below 0
    double min = 0;
    Double[] values = new Double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      Cell c = s.points().get(i).value();
      values[i] = c instanceof Cell.Ratio r ? Double.valueOf(r.value())
          : c instanceof Cell.Count n ? Double.valueOf(n.value()) : null;
      if (values[i] != null) {
        max = Math.max(max, values[i]);
        min = Math.min(min, values[i]);
      }
    }
    for (TargetSeries.MilestoneResult m : s.series().milestones()) {
      max = Math.max(max, milestoneLevel(last, m.milestone().atLeast().doubleValue()));
    }
    max = count ? Math.ceil(max * 1.1) : Math.min(1.5, Math.ceil(max * 10 + 0.5) / 10);
    min = min == 0 ? 0 : count ? Math.floor(min * 1.1) : Math.max(-1.5, Math.floor(min * 10 - 0.5) / 10);
    final double lo = min;
    final double range = max - min;
    int left = 60;
    int plotW = WIDTH - left - 20;
    int top = 20;
    int plotH = 200;
    int bottom = top + plotH;
    List<Rect> rects = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      double v = lo + range * k / 4;
      double y = bottom - plotH * (v - lo) / range;
      lines.add(new Line(n(left), n(y), n(left + plotW), n(y), k == 0 ? "axis" : "grid"));
      texts.add(new Text(n(left - 6), n(y + 4), count ? fmt.count(Math.round(v)) : fmt.percent(v), "end"));
    }
    long first = pts.get(0).date().toEpochDay();
    long span = Math.max(1, pts.get(pts.size() - 1).date().toEpochDay() - first);
    int every = Math.max(1, (int) Math.ceil(pts.size() / 8.0));
    double prevX = 0;
    double prevY = 0;
    boolean prev = false;
    for (int i = 0; i < pts.size(); i++) {
      double x = left + plotW * (pts.get(i).date().toEpochDay() - first) / (double) span;
      if (i % every == 0 && i + every / 2 < pts.size()) {
        // the first label starts at the axis, clear of the value axis' labels to its left
        texts.add(new Text(n(x), n(bottom + 16), axisLabel(pts.get(i).date()), i == 0 ? "start" : "middle"));
      }
      if (values[i] == null) {
        prev = false;
        continue;
      }
      double y = bottom - plotH * (Math.max(lo, Math.min(values[i], max)) - lo) / range;
      if (prev) {
        lines.add(new Line(n(prevX), n(prevY), n(x), n(y), "series"));
      }
      rects.add(new Rect(n(x - 2.5), n(y - 2.5), "5", "5", "bar", fmt.date(pts.get(i).date()) + ": "
          + (count ? fmt.count(Math.round(values[i])) : fmt.percent(values[i]))));
      prevX = x;
      prevY = y;
      prev = true;
    }
    if (rects.size() < 2) {
      // a line needs two points: with all but one hidden or undefined (a shared report of a small
      // project), the table below says what there is to say
      return null;
    }
    double ty = bottom - plotH * (Math.min(threshold, max) - lo) / range;
    lines.add(new Line(n(left), n(ty), n(left + plotW), n(ty), "planned"));
    texts.add(new Text(n(left + plotW), n(ty - 5), t(Label.THRESHOLD), "end"));
    for (TargetSeries.MilestoneResult m : s.series().milestones()) {
      double x = left + plotW * Math.min(1.0, Math.max(0.0,
          (m.milestone().on().toEpochDay() - first) / (double) span));
      double y = bottom - plotH * (Math.min(milestoneLevel(last, m.milestone().atLeast().doubleValue()), max) - lo)
          / range;
      lines.add(new Line(n(x - 6), n(y), n(x + 6), n(y), "marker"));
      lines.add(new Line(n(x), n(y - 6), n(x), n(y + 6), "marker"));
      texts.add(new Text(n(x), n(y - 10), t(Label.MILESTONE) + " " + fmt.date(m.milestone().on()), "middle"));
    }
    return new Chart("chart-series-" + s.series().targetId(), t(Label.CHART_SERIES) + ": " + s.series().targetId(),
        t(step == SeriesStep.QUARTER ? Label.CHART_SERIES_DESC_QUARTER : Label.CHART_SERIES_DESC), WIDTH, bottom + 28,
        rects, lines, texts);
  }

  /** A point's label on the time axis: its month ({@code 2021-09}) or its quarter ({@code 2021Q3}). */
  private String axisLabel(LocalDate date) {
    return step == SeriesStep.QUARTER ? date.getYear() + t(Label.QUARTER_SHORT) + ((date.getMonthValue() + 2) / 3)
        : date.toString().substring(0, 7);
  }

  /** The threshold on the chart's scale: enrolment in per cent of planned. */
  private static double threshold(TargetResult r) {
    if (r instanceof ParticipantShare s) {
      return s.threshold().doubleValue();
    } else if (r instanceof CountResult c) {
      return c.threshold().doubleValue();
    } else if (r instanceof GrowthResult g) {
      return g.threshold().doubleValue();
    }
    return 1.0;
  }

  private static double milestoneLevel(TargetResult r, double atLeast) {
    return r instanceof EnrolmentResult e ? atLeast / e.planned() : atLeast;
  }

  private static int niceStep(int max) {
    int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
    for (int s : steps) {
      if (max / s <= 6) {
        return s;
      }
    }
    return (max / 6 / 10000 + 1) * 10000;
  }
}
