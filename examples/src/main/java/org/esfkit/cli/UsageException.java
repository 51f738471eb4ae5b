package org.esfkit.cli;

/** The command line was used wrongly: unknown option, missing value, bad value. Exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
