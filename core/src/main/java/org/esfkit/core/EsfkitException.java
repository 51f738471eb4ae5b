package org.esfkit.core;

/**
 * The root of every exception esfkit throws on purpose. Catching it catches all of esfkit's
 * documented failures: {@link ValidationException} for a value that breaks an invariant and
 * {@link ImportException} for input files with problems.
 */
public class EsfkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, and where
   */
  public EsfkitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, and where
   * @param cause the underlying failure
   */
  public EsfkitException(String message, Throwable cause) {
    super(message, cause);
  }
}
