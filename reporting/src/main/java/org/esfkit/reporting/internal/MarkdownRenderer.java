package org.esfkit.reporting.internal;

import org.esfkit.reporting.internal.ReportView.Cell;
import org.esfkit.reporting.internal.ReportView.Row;
import org.esfkit.reporting.internal.ReportView.Section;
import org.esfkit.reporting.internal.ReportView.Table;

/**
 * Renders a {@link ReportView} as Markdown (CommonMark with GitHub tables). Charts appear as their
 * data tables. All text is escaped: {@code <} where it could open a tag, {@code &} where it could
 * start a reference, and every {@code >} become character references (a Markdown renderer passes raw
 * HTML through), inline Markdown punctuation is backslash-escaped (and
 * block markers at the start of a text), and line
 * breaks become spaces, so no text can open a tag, a link, an image or a new table cell.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  /**
   * Renders the document.
   *
   * @param v the view
   * @return the Markdown text, lines ending in LF
   */
  public static String render(ReportView v) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(v.title())).append(": ").append(escape(v.subtitle())).append("\n\n");
    sb.append(escape(v.asOf())).append("\n\n");
    sb.append("> ").append(escape(v.note())).append("\n");
    for (Section s : v.sections()) {
      sb.append("\n## ").append(escape(s.heading())).append("\n");
      if (s.chart() != null) {
        sb.append("\n").append(escape(s.chart().title())).append(": ").append(escape(s.chart().desc())).append("\n");
      }
      for (Table t : s.tables()) {
        table(sb, t, s.heading());
      }
    }
    return sb.toString();
  }

  /** A table; its caption only where it says more than the section's heading. */
  private static void table(StringBuilder sb, Table t, String heading) {
    if (!t.caption().equals(heading)) {
      sb.append("\n**").append(escape(t.caption())).append("**\n");
    }
    sb.append("\n|");
    for (String c : t.columns()) {
      sb.append(' ').append(escape(c)).append(" |");
    }
    sb.append("\n|");
    for (int i = 0; i < t.columns().size(); i++) {
      boolean numeric = i > 0 && !t.rows().isEmpty() && "num".equals(t.rows().get(0).cells().get(i - 1).cls());
      sb.append(numeric ? " ---: |" : " --- |");
    }
    sb.append('\n');
    for (Row r : t.rows()) {
      sb.append("| ").append(escape(r.header())).append(" |");
      for (Cell c : r.cells()) {
        sb.append(' ').append(escape(c.text())).append(" |");
      }
      sb.append('\n');
    }
  }

  /**
   * Escapes text for a Markdown paragraph or table cell.
   *
   * @param text plain text
   * @return text that Markdown shows literally
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          // only where it could open a tag, a comment or an autolink; "<5" stays readable
          sb.append(i + 1 < text.length() && opensMarkup(text.charAt(i + 1)) ? "&lt;" : "<");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          // only where it could start a character reference
          sb.append(i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#')
              ? "&amp;" : "&");
          break;
        case '\r':
        case '\n':
        case '\t':
          sb.append(' ');
          break;
        case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']': case '(': case ')':
        case '!': case '|': case '~':
          sb.append('\\').append(c);
          break;
        case '#': case '+': case '-': case '=':
          // block markers only where a line could start
          sb.append(i == 0 ? "\\" : "").append(c);
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean opensMarkup(char next) {
    return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
  }
}
