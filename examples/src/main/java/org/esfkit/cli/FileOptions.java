package org.esfkit.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a command reads its input files: {@code --encoding NAME} (instead of detecting it),
 * {@code --strict} (warnings are errors) and {@code --keep-going} (compute over the accepted rows
 * when some are rejected, saying how many were left out and why).
 *
 * @param encoding the named encoding, or null to detect it
 * @param strict whether warnings are errors
 * @param keepGoing whether to go on without the rejected rows
 */
record FileOptions(@Nullable Charset encoding, boolean strict, boolean keepGoing) {
  /** The options that take a value. */
  static final Set<String> VALUED = Set.of("--encoding");
  /** The flags. */
  static final Set<String> FLAGS = Set.of("--strict", "--keep-going");
  /** The options' lines in a command's help. */
  static final String HELP = ""
      + "  --encoding NAME the input files' encoding, e.g. windows-1252 or UTF-8 (default: detected;\n"
      + "                  UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, said on stderr)\n"
      + "  --strict        treat warnings as errors (exit 2)\n"
      + "  --keep-going    compute over the accepted rows when some are rejected; the output says\n"
      + "                  how many rows were left out and why\n";

  /** Reads the options. */
  static FileOptions of(Args args) {
    String name = args.get("--encoding");
    Charset charset = null;
    if (name != null) {
      try {
        charset = Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new UsageException("option --encoding: '" + name + "' is not an encoding this Java knows "
            + "(e.g. UTF-8, UTF-16, windows-1252)");
      }
    }
    if (args.has("--strict") && args.has("--keep-going")) {
      throw new UsageException("--strict and --keep-going contradict each other; give one");
    }
    return new FileOptions(charset, args.has("--strict"), args.has("--keep-going"));
  }

  /** A command's valued options with these added. */
  static Set<String> valued(String... own) {
    Set<String> out = new HashSet<>(Set.of(own));
    out.addAll(VALUED);
    return Set.copyOf(out);
  }

  /** A command's flags with these added. */
  static Set<String> flags(String... own) {
    Set<String> out = new HashSet<>(Set.of(own));
    out.addAll(FLAGS);
    return Set.copyOf(out);
  }
}
