package org.esfkit.cli;

import java.io.PrintStream;

/** One subcommand of the {@code esfkit} command line. */
interface Command {
  /**
   * The word that selects the command, e.g. {@code validate}.
   *
   * @return the name
   */
  String name();

  /**
   * One line for the overview printed by {@code esfkit --help}.
   *
   * @return the summary
   */
  String summary();

  /**
   * The full help text: usage line and options.
   *
   * @return the help
   */
  String help();

  /**
   * Options that take a value, e.g. {@code --project}.
   *
   * @return option names with their dashes
   */
  java.util.Set<String> valuedOptions();

  /**
   * Options without a value.
   *
   * @return option names with their dashes
   */
  default java.util.Set<String> flagOptions() {
    return java.util.Set.of();
  }

  /**
   * How many plain words (file names) the command takes after its options.
   *
   * @return the count, 0 for most commands
   */
  default int positionals() {
    return 0;
  }

  /**
   * Runs the command.
   *
   * @param args the parsed options
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 success, 2 bad input or usage, 1 anything else
   * @throws UsageException on bad options (exit code 2)
   * @throws Exception on any other failure (exit code 1)
   */
  int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
