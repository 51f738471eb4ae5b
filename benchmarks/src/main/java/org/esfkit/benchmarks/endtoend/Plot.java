package org.esfkit.benchmarks.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The end-to-end figures as a CSV ({@code rows,tool,status,seconds,rss_mb}) and as a
 * dependency-free SVG: wall time and peak memory against register size, one line per tool; a
 * run esfkit refused or failed is marked on the axis with its outcome.
 */
final class Plot {
  private static final String HEADER = "rows,tool,status,seconds,rss_mb";
  private static final String[] TOOLS = {"esfkit", "duckdb"};
  private static final String[] LABELS = {"esfkit metrics", "DuckDB (JDBC)"};
  private static final String[] COLOURS = {"#1f5fa8", "#d9730d"};
  private static final int PANEL_W = 420;
  private static final int PANEL_H = 300;
  private static final int LEFT = 64;
  private static final int TOP = 40;
  private static final int BOTTOM = 48;

  private Plot() {}

  /** One median: a tool on a register of {@code rows} rows; NaN figures unless {@code status} is ok. */
  record Point(int rows, String tool, String status, double seconds, double rssMb) {}

  static void writeCsv(List<Point> points, Path file) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Point p : points) {
      boolean ok = p.status().equals("ok");
      sb.append(p.rows()).append(',').append(p.tool()).append(',').append(p.status()).append(',')
          .append(ok ? String.format(Locale.ROOT, "%.3f", p.seconds()) : "").append(',')
          .append(ok ? String.format(Locale.ROOT, "%.0f", p.rssMb()) : "").append('\n');
    }
    mkdirs(file);
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  static List<Point> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(file + ":1: expected the header " + HEADER);
    }
    List<Point> points = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split(",", -1);
      if (f.length != 5) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 5 fields");
      }
      boolean ok = f[2].equals("ok");
      points.add(new Point(Integer.parseInt(f[0]), f[1], f[2], ok ? Double.parseDouble(f[3]) : Double.NaN,
          ok ? Double.parseDouble(f[4]) : Double.NaN));
    }
    return points;
  }

  static void write(List<Point> points, Path file) throws IOException {
    int maxRows = points.stream().mapToInt(Point::rows).max().orElse(1);
    StringBuilder s = new StringBuilder();
    int width = 2 * PANEL_W + 40;
    int height = PANEL_H + 30;
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
    s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    panel(s, points, 0, "Wall time (s), fresh JVM, median", Point::seconds, maxRows);
    panel(s, points, PANEL_W + 40, "Peak RSS (MiB), median", Point::rssMb, maxRows);
    for (int t = 0; t < TOOLS.length; t++) {
      int x = LEFT + 10 + t * 160;
      int y = PANEL_H + 18;
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
          + "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">%s</text>%n", x, y - 4, x + 24, y - 4, COLOURS[t], x + 30, y,
          LABELS[t]));
    }
    s.append("</svg>\n");
    mkdirs(file);
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }

  private static void panel(StringBuilder s, List<Point> points, int x0, String title, ToDoubleFunction<Point> value,
      int maxRows) {
    double max = points.stream().filter(p -> p.status().equals("ok")).mapToDouble(value).max().orElse(1);
    double step = niceStep(max / 5);
    double top = Math.ceil(max / step) * step;
    int plotW = PANEL_W - LEFT - 10;
    int plotH = PANEL_H - TOP - BOTTOM;
    int ox = x0 + LEFT;
    int oy = TOP + plotH;
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-weight=\"bold\">%s</text>%n", ox, title));
    for (double v = 0; v <= top + step / 2; v += step) {
      int y = oy - (int) Math.round(v / top * plotH);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
          + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", ox, y, ox + plotW, y, ox - 6, y + 4, label(v)));
    }
    points.stream().mapToInt(Point::rows).distinct().sorted().forEach(rows -> {
      int x = ox + (int) Math.round((double) rows / maxRows * plotW);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
          + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, oy, x, oy + 5, x, oy + 18,
          label(rows / 1e6) + "M"));
    });
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
        + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">register rows</text>%n",
        ox, oy, ox + plotW, oy, ox, oy, ox, TOP, ox + plotW / 2, oy + 34));
    for (int t = 0; t < TOOLS.length; t++) {
      String tool = TOOLS[t];
      StringBuilder path = new StringBuilder();
      List<Point> mine = points.stream().filter(p -> p.tool().equals(tool))
          .sorted((a, b) -> Integer.compare(a.rows(), b.rows())).toList();
      for (Point p : mine) {
        int x = ox + (int) Math.round((double) p.rows() / maxRows * plotW);
        if (!p.status().equals("ok")) {
          // a cross on the axis, and what happened at the top of the panel
          s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" text-anchor=\"middle\">✕</text>"
              + "<text x=\"%d\" y=\"%d\" fill=\"%s\" text-anchor=\"end\">%s %s at %sM rows</text>%n", x, oy + 4,
              COLOURS[t], x, TOP + 12 + 14 * t, COLOURS[t], LABELS[t], p.status(), label(p.rows() / 1e6)));
          continue;
        }
        int y = oy - (int) Math.round(value.applyAsDouble(p) / top * plotH);
        path.append(path.length() == 0 ? "M" : " L").append(x).append(',').append(y);
        s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3.5\" fill=\"%s\"/>%n", x, y, COLOURS[t]));
      }
      if (path.length() > 0) {
        s.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path,
            COLOURS[t]));
      }
    }
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    if (!(raw > 0)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String label(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static void mkdirs(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
