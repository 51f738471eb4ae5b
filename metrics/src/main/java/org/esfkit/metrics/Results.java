package org.esfkit.metrics;

import org.esfkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/** Checks shared by the result records. */
final class Results {
  private Results() {}

  static void checkReason(String id, Status status, @Nullable String reason) {
    ValidationException.check(status != null, "result '%s': status is required", id);
    ValidationException.check(reason == null || status == Status.INSUFFICIENT_DATA,
        "result '%s': only an insufficient_data result has a reason", id);
  }
}
