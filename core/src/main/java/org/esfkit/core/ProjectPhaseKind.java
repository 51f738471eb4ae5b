package org.esfkit.core;

/** A phase of a project (förstudie, mobiliseringsfas, analysfas, genomförande). */
public enum ProjectPhaseKind implements Coded {
  /** {@code pre_study}. */
  PRE_STUDY("pre_study"),
  /** {@code mobilisation}. */
  MOBILISATION("mobilisation"),
  /** {@code analysis}. */
  ANALYSIS("analysis"),
  /** {@code implementation}. */
  IMPLEMENTATION("implementation");

  private final String code;

  ProjectPhaseKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Parses a code.
   *
   * @param text the code as written in a file
   * @return the constant
   * @throws ValidationException if the code is unknown
   */
  public static ProjectPhaseKind fromCode(String text) {
    return Coded.parse(ProjectPhaseKind.class, text);
  }
}
