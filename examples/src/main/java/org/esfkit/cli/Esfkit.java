package org.esfkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.esfkit.core.ImportException;
import org.esfkit.core.ValidationException;

/**
 * The {@code esfkit} command line: {@code java -jar examples/target/esfkit.jar COMMAND [OPTIONS]}.
 * Exit codes: 0 success, 2 bad input or usage, 1 anything else.
 */
public final class Esfkit {
  private static final List<Command> COMMANDS = List.of(
      // one line per command
      new DemoCommand(),
      new ValidateCommand(),
      new MetricsCommand(),
      new IndicatorsCommand(),
      new MatchCommand(),
      new ReportCommand(),
      new PseudonymiseCommand());

  private Esfkit() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param argv the command and its options
   */
  public static void main(String[] argv) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(argv, out, err));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param argv the command and its options
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length == 0) {
      err.print(overview());   // a usage error, like an unknown command
      return 2;
    }
    if (argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
      out.print(overview());
      return 0;
    }
    if (argv[0].equals("--version")) {
      out.println("esfkit " + version());
      return 0;
    }
    Command command = COMMANDS.stream().filter(c -> c.name().equals(argv[0])).findFirst().orElse(null);
    if (command == null) {
      err.println("esfkit: unknown command '" + argv[0] + "'");
      err.print(overview());
      return 2;
    }
    String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
    if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
      out.print(command.help());
      return 0;
    }
    try {
      return command.run(Args.parse(rest, command.valuedOptions(), command.flagOptions(), command.positionals()), out,
          err);
    } catch (UsageException e) {
      err.println("esfkit " + command.name() + ": " + e.getMessage());
      err.print(command.help());
      return 2;
    } catch (ImportException e) {
      e.problems().forEach(err::println);
      return 2;
    } catch (ValidationException e) {
      err.println("esfkit " + command.name() + ": " + e.getMessage());
      return 2;
    } catch (OutOfMemoryError e) {
      // the inputs are let go as the stack unwinds, so there is room to say what to do
      err.println("esfkit " + command.name() + ": out of memory (the Java heap is "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give Java more memory with -Xmx, e.g. "
          + "java -Xmx8g -jar esfkit.jar ..., or JAVA_TOOL_OPTIONS=-Xmx8g");
      return 2;
    } catch (Exception e) {
      err.println("esfkit " + command.name() + ": " + e);
      return 1;
    }
  }

  /**
   * The version of esfkit this command line belongs to, as Maven built it.
   *
   * @return e.g. {@code 0.1.0}
   * @throws IllegalStateException if the build left the version out
   */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Esfkit.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version");
    if (v == null || v.startsWith("$")) {
      throw new IllegalStateException("version.properties was not filled in by the build");
    }
    return v;
  }

  static String overview() {
    StringBuilder sb = new StringBuilder("usage: esfkit COMMAND [OPTIONS]   (esfkit COMMAND --help for a command's options)\n"
        + "       esfkit --version\n\ncommands:\n");
    for (Command c : COMMANDS) {
      sb.append(String.format("  %-11s %s%n", c.name(), c.summary()));
    }
    sb.append("\nexit codes: 0 success, 2 bad input or usage, 1 anything else\n");
    return sb.toString();
  }
}
