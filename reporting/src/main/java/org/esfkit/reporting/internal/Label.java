package org.esfkit.reporting.internal;

import java.util.Locale;

/** Every label a report prints, in English and Swedish. */
public enum Label {
  /** Report title. */
  REPORT_TITLE("Progress report", "Lägesrapport"),
  /** Before the as-of date. */
  AS_OF("As of", "Per"),
  /** Section. */
  PROJECT_FACTS("Project facts", "Projektfakta"),
  /** Column of a key-value table. */
  ITEM("Item", "Uppgift"),
  /** Column of a key-value table. */
  DETAIL("Value", "Värde"),
  /** Column. */
  DESCRIPTION("Description", "Beskrivning"),
  /** Fact. */
  PROJECT_NUMBER("Project number", "Projektnummer"),
  /** Fact. */
  PROJECT_NAME("Project name", "Projektnamn"),
  /** Fact. */
  OWNER("Project owner", "Projektägare"),
  /** Fact. */
  REGION("Region", "Region"),
  /** Fact. */
  PERIOD("Project period", "Projektperiod"),
  /** Fact. */
  TOTAL_BUDGET("Total budget", "Total projektbudget"),
  /** Fact. */
  ESF_GRANT("ESF grant", "Beviljat ESF-stöd"),
  /** Fact. */
  CO_FINANCING("National co-financing", "Nationell medfinansiering"),
  /** Fact. */
  EU_RATE("EU co-financing rate", "Unionens medfinansieringsgrad"),
  /** Fact. */
  CO_FINANCIERS("Co-financiers", "Medfinansiärer"),
  /** Fact. */
  PLANNED_PARTICIPANTS("Planned participants", "Planerat antal deltagare"),
  /** Fact. */
  ENROLLED_PARTICIPANTS("Enrolled participants", "Inskrivna deltagare"),
  /** Table caption. */
  SITES("Participants per site", "Deltagare per ort"),
  /** Column. */
  SITE("Site", "Ort"),
  /** Column. */
  PLANNED("Planned", "Planerat"),
  /** Column. */
  ENROLLED("Enrolled", "Inskrivna"),
  /** Row. */
  TOTAL("Total", "Totalt"),
  /** Section. */
  TARGETS("Targets", "Mål"),
  /** Column. */
  TARGET("Target", "Mål"),
  /** Column. */
  TYPE("Type", "Typ"),
  /** Column. */
  THRESHOLD("Threshold", "Målnivå"),
  /** Column. */
  STATUS("Status", "Status"),
  /** Column. */
  VALUE("Value", "Utfall"),
  /** Column. */
  NUMERATOR("Numerator", "Täljare"),
  /** Column. */
  DENOMINATOR("Denominator", "Nämnare"),
  /** Column. */
  INTERVAL("95 % interval (Wilson)", "95 %-intervall (Wilson)"),
  /** Column. */
  GENDER("Gender", "Kön"),
  /** Column. */
  WILSON_LOW("95 % interval, low (Wilson)", "95 %-intervall, nedre (Wilson)"),
  /** Column. */
  WILSON_HIGH("95 % interval, high (Wilson)", "95 %-intervall, övre (Wilson)"),
  /** Sheet. */
  INDICATORS_SHEET("Indicators", "Indikatorer"),
  /** Column. */
  PENDING("Pending follow-ups", "Väntande uppföljningar"),
  /** Column. */
  FINAL("Final", "Slutligt"),
  /** Yes. */
  YES("yes", "ja"),
  /** No. */
  NO("no", "nej"),
  /** Status, with its symbol so that it reads without colour. */
  STATUS_ACHIEVED("✓ Achieved", "✓ Uppnått"),
  /** Status. */
  STATUS_NOT_ACHIEVED("✗ Not achieved", "✗ Ej uppnått"),
  /** Status. */
  STATUS_INSUFFICIENT_DATA("? Insufficient data", "? Otillräckliga data"),
  /** Target type. */
  TYPE_SHARE("Share", "Andel"),
  /** Target type. */
  TYPE_COUNT("Count", "Antal"),
  /** Target type. */
  TYPE_GROWTH("Growth", "Ökning"),
  /** Target type. */
  TYPE_ENROLMENT("Enrolment", "Rekrytering"),
  /** Target type participation_length. */
  TYPE_PARTICIPATION_LENGTH("Participation length", "Deltagandetid"),
  /** Measure. */
  MEASURE_EXIT_STATUS("status at exit", "status vid avslut"),
  /** Measure. */
  MEASURE_FOLLOW_UP_STATUS("status at follow-up", "status vid uppföljning"),
  /** Measure. */
  MEASURE_PERCEIVED_IMPROVEMENT("perceived improvement", "upplevd förbättring"),
  /** Section. */
  BY_GENDER("Outcomes by gender", "Utfall per kön"),
  /** Gender. */
  WOMEN("Women", "Kvinnor"),
  /** Gender. */
  MEN("Men", "Män"),
  /** Gender. */
  NON_BINARY("Non-binary", "Icke-binära"),
  /** Gender. */
  NOT_REPORTED("Not reported", "Ej angivet"),
  /** Between a numerator and a denominator. */
  OF("of", "av"),
  /** Column. */
  SHARE_WOMEN("Share of women", "Andel kvinnor"),
  /** Section. */
  FORECAST("Forecast", "Prognos"),
  /** Column. */
  STILL_NEEDED("Successes still needed", "Återstående behov"),
  /** Column. */
  REMAINING("Active or pending participants", "Aktiva eller väntande deltagare"),
  /** Column. */
  OUTLOOK("Outlook", "Bedömning"),
  /** Outlook. */
  REACHABLE("Still reachable", "Kan fortfarande nås"),
  /** Outlook. */
  NOT_REACHABLE("No longer reachable", "Kan inte längre nås"),
  /** Section. */
  PARTICIPATION("Participation length", "Deltagartid"),
  /** Chart. */
  CHART_SERIES("Attainment over time", "Måluppfyllelse över tid"),
  /** Chart. */
  CHART_SERIES_DESC("The target's value at each month end from the project's start, with its threshold (dashed) and milestones (crosses); the table below gives the same values.",
      "Målets värde vid varje månadsskifte från projektets start, med målnivån (streckad) och delmålen (kryss); tabellen nedan ger samma värden."),
  /** Chart. */
  CHART_SERIES_DESC_QUARTER("The target's value at each quarter end from the project's start, with its threshold (dashed) and milestones (crosses); the table below gives the same values.",
      "Målets värde vid varje kvartalsskifte från projektets start, med målnivån (streckad) och delmålen (kryss); tabellen nedan ger samma värden."),
  /** Chart axis: a quarter, as in 2021Q3 (SCB writes 2021K3). */
  QUARTER_SHORT("Q", "K"),
  /** Label. */
  MILESTONE("Milestone", "Delmål"),
  /** Section. */
  PHASES("Active participants by phase", "Aktiva deltagare per fas"),
  /** Column. */
  PHASE("Phase", "Fas"),
  /** Row. */
  NO_PHASE("No phase recorded", "Ingen fas registrerad"),
  /** Phase. */
  PHASE_MAPPING("Mapping", "Kartläggning"),
  /** Phase. */
  PHASE_ABILITY_AND_POTENTIAL("Ability and potential", "Förmåga och potential"),
  /** Phase. */
  PHASE_COMPETENCE_DEVELOPMENT("Competence development", "Kompetensutveckling"),
  /** Phase. */
  PHASE_INTERNSHIP_AND_WORK("Internship and work", "Praktik och arbete"),
  /** Phase. */
  PHASE_SOCIAL_ENTERPRISE("Social enterprise", "Socialt företagande"),
  /** Phase. */
  PHASE_EXIT("Exit", "Utslussning"),
  /** Row. */
  PARTICIPANTS_LEFT("Participants who have left", "Avslutade deltagare"),
  /** Row. */
  MEDIAN_DAYS("Median length (days)", "Median (dagar)"),
  /** Row. */
  MEAN_DAYS("Mean length (days)", "Medelvärde (dagar)"),
  /** Row. */
  PLANNED_LENGTH("Planned length", "Planerad tid"),
  /** Row. */
  WITHIN_PLANNED("Within the planned length", "Inom planerad tid"),
  /** Section. */
  COSTS("Costs", "Kostnader"),
  /** Row. */
  COST("Cost divided", "Kostnad som fördelas"),
  /** Row. */
  PARTICIPANTS("Participants", "Deltagare"),
  /** Row. */
  OUTCOMES("Participants with a successful outcome", "Deltagare med lyckat utfall"),
  /** Row. */
  COST_PER_PARTICIPANT("Cost per participant", "Kostnad per deltagare"),
  /** Row. */
  COST_PER_OUTCOME("Cost per successful outcome", "Kostnad per lyckat utfall"),
  /** Section. */
  INDICATORS("ESF+ common indicators", "ESF+ gemensamma indikatorer"),
  /** Section, for the 2014-2020 list. */
  INDICATORS_2014("ESF 2014–2020 common indicators", "ESF 2014–2020 gemensamma indikatorer"),
  /** Added to the indicators heading when the list is not that of the project's programme period. */
  FOR_COMPARISON("for comparison only, not the list of the project's programme period",
      "endast för jämförelse, inte listan för projektets programperiod"),
  /** After an indicator's name counted from the operation's declared target group. */
  FROM_OPERATION_TARGET_GROUP("from the operation's target group", "utifrån insatsens målgrupp"),
  /** Table. */
  NOT_COMPUTED("Not computed: the register does not hold what they need",
      "Beräknas inte: registret saknar det som behövs"),
  /** Column. */
  NEEDS("Needs", "Kräver"),
  /** Table. */
  COMPLETENESS("Completeness of records: only complete records enter the indicators",
      "Uppgifternas fullständighet: endast fullständiga uppgifter räknas i indikatorerna"),
  /** Row. */
  GRAND_TOTAL("Grand total of participants (every record)", "Totalt antal deltagare (alla uppgifter)"),
  /** Before a part of the row above: "of whom women". */
  OF_WHOM("of whom", "varav"),
  /** Row. */
  COMPLETE_RECORDS("Complete records", "Fullständiga uppgifter"),
  /** Row. */
  COMPLETE_SHARE("Share of complete records", "Andel fullständiga uppgifter"),
  /** Row; takes the field. */
  MISSING_FIELD("Records missing %s", "Uppgifter som saknar %s"),
  /** Row; takes the age. */
  AGE_UNCERTAIN("Age uncertain at %d (birth year only)", "Osäker ålder vid %d år (endast födelseår)"),
  /** Field. */
  FIELD_GENDER("gender", "kön"),
  /** Field. */
  FIELD_LABOUR_MARKET_STATUS("labour market status", "ställning på arbetsmarknaden"),
  /** Field. */
  FIELD_AGE("age", "ålder"),
  /** Field. */
  FIELD_EDUCATION("education level", "utbildningsnivå"),
  /** Field. */
  FIELD_HOUSEHOLD_SITUATION("household situation", "hushållssituation"),
  /** Column. */
  CODE("Code", "Kod"),
  /** Column. */
  INDICATOR("Indicator", "Indikator"),
  /** Section. */
  MATCHING("Matching with low-threshold tasks", "Matchning mot lågtröskelarbeten"),
  /** Row. */
  STRATEGY("Strategy", "Strategi"),
  /** Row. */
  TASKS("Tasks", "Arbetsuppgifter"),
  /** Row. */
  ASSIGNED("Assigned a task", "Matchade"),
  /** Row. */
  UNASSIGNED("Without a task", "Utan uppgift"),
  /** Row. */
  MEAN_SCORE("Mean score of the matches (0–1: how well task and participant fit)",
      "Medelpoäng för matchningarna (0–1: hur väl uppgift och deltagare passar ihop)"),
  /** What the optimal strategy does. */
  STRATEGY_OPTIMAL("optimal: as many participants as possible get a task, with the highest total score",
      "optimal: så många deltagare som möjligt får en uppgift, med högsta sammanlagda poäng"),
  /** What the greedy strategy does. */
  STRATEGY_GREEDY("greedy: the best-scoring pairs first", "greedy: de bäst matchade paren först"),
  /** What the stable strategy does. */
  STRATEGY_STABLE("stable: no participant and task would both rather have each other than their match",
      "stable: ingen deltagare och uppgift hade båda hellre haft varandra än sin matchning"),
  /** What the fair strategy does. */
  STRATEGY_FAIR("fair: as optimal, with women and men placed in about equal shares",
      "fair: som optimal, med ungefär lika stor andel kvinnor som män matchade"),
  /** Section. */
  ENROLMENT("Enrolment over time", "Inskrivna över tid"),
  /** Column. */
  DATE("Date", "Datum"),
  /** Chart. */
  CHART_ATTAINMENT("Target attainment against threshold", "Måluppfyllelse mot målnivå"),
  /** Chart description. */
  CHART_ATTAINMENT_DESC(
      "One bar per target shows its value; the black marker shows the threshold. Values are also in the table below.",
      "En stapel per mål visar utfallet; den svarta markeringen visar målnivån. Värdena finns också i tabellen nedan."),
  /** Chart. */
  CHART_GENDER("Outcomes of women and men", "Utfall för kvinnor och män"),
  /** Chart description. */
  CHART_GENDER_DESC(
      "For each share target, a plain bar for women and a striped bar for men; the marker shows the threshold.",
      "För varje andelsmål en enfärgad stapel för kvinnor och en randig för män; markeringen visar målnivån."),
  /** Chart. */
  CHART_ENROLMENT("Participants enrolled over time", "Inskrivna deltagare över tid"),
  /** Chart description. */
  CHART_ENROLMENT_DESC(
      "Bars show participants enrolled so far on each date; the dashed line shows the planned number.",
      "Staplarna visar antalet inskrivna hittills vid varje datum; den streckade linjen visar planerat antal."),
  /** Chart data table. */
  CHART_DATA("Data of the chart", "Diagrammets data"),
  /** Note on small cells; takes the threshold twice. */
  SUPPRESSION_NOTE(
      "Counts of people below %1$d are hidden and shown as .., and so are further counts where they would reveal them, and figures and statuses computed from hidden counts.",
      "Antal personer under %1$d döljs och visas som .., liksom fler antal där de annars skulle avslöja dem, och värden och bedömningar som räknas från dolda antal."),
  /** Banner of a report computed without some input rows; takes the count and the files. */
  EXCLUDED_ROWS(
      "Computed without %d input rows that had errors: %s. The figures below leave them out.",
      "Beräknat utan %d indatarader som hade fel: %s. Siffrorna nedan räknar inte med dem."),
  /** Note on internal reports. */
  INTERNAL_NOTE(
      "Internal report: every count is shown. Not for sharing.",
      "Intern rapport: alla antal visas. Får inte spridas."),
  /** Table: why a parity target is not met. */
  PARITY("Why gender parity is not met", "Varför målet inte nås lika för kvinnor och män"),
  /** Column of the parity table. */
  PARITY_WHY("Why", "Varför"),
  /** A gender's share is below the threshold; takes the gender (plural) and the threshold. */
  PARITY_BELOW("the share of %s is below %s, which the target asks of women and of men alike",
      "andelen %s når inte %s, som målet kräver av kvinnor och män var för sig"),
  /** Women's and men's shares are too far apart; takes the largest gap. */
  PARITY_GAP("the shares of women and men differ by more than %s percentage points",
      "andelarna för kvinnor och män skiljer sig med mer än %s procentenheter"),
  /** No one of a gender counted; takes the gender (plural). */
  PARITY_NONE("no %s counted yet", "inga %s räknade ännu"),
  /** Column: why a target has no verdict. */
  REASON("Why no verdict", "Varför inget besked"),
  /** Legend. */
  LEGEND("Legend", "Teckenförklaring");

  private final String en;
  private final String sv;

  Label(String en, String sv) {
    this.en = en;
    this.sv = sv;
  }

  /**
   * The label in the locale's language: Swedish for {@code sv}, English otherwise.
   *
   * @param locale the report's locale
   * @return the text
   */
  public String in(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? sv : en;
  }
}
