package org.esfkit.examples;

/**
 * The five seed projects from the ESF project bank, each shipped as a project file under
 * {@code org/esfkit/examples/seeds/} on the class path.
 */
public enum Seed {
  /** Alla kan arbeta (2020/00131), Härnösand, 60 participants, low-threshold tasks. */
  ALLA_KAN_ARBETA("alla-kan-arbeta"),
  /** Kraftverket, Bjurholm, five pathway phases and a social enterprise. */
  KRAFTVERKET("kraftverket"),
  /** Praktik - integration, Karlskrona, internships for mixed groups. */
  PRAKTIK_INTEGRATION("praktik-integration"),
  /** SMÖT (2019/00144), Jönköping and Gotland, 120 participants and an employer ring. */
  SMOT("smot"),
  /** På väg till jobbet, Avesta and Hedemora, 350 participants. */
  PA_VAG_TILL_JOBBET("pa-vag-till-jobbet");

  private final String slug;

  Seed(String slug) {
    this.slug = slug;
  }

  /**
   * The seed's short name, used for its resource file and its output directory.
   *
   * @return e.g. {@code alla-kan-arbeta}
   */
  public String slug() {
    return slug;
  }

  /**
   * The class-path resource holding the project file.
   *
   * @return e.g. {@code /org/esfkit/examples/seeds/alla-kan-arbeta.json}
   */
  public String resource() {
    return "/org/esfkit/examples/seeds/" + slug + ".json";
  }
}
