package org.esfkit.reporting.internal;

import java.util.Locale;
import java.util.Map;
import org.esfkit.metrics.IndicatorResult;
import org.esfkit.metrics.NotComputedIndicator;

/**
 * The built-in common indicators' names, and what those not computed would need, in Swedish, in
 * the style of the Swedish text of the regulations' annexes (ESF 2014–2020: Regulation (EU) No
 * 1304/2013, Annex I; ESF+: Regulation (EU) 2021/1057, Annex I). They have not been checked against
 * that text (docs/metrics.md, "Sources of the indicator names"); a test pins them. metrics names
 * the indicators in English; an English report shows metrics' words, and an indicator added to
 * the engine keeps the name it was given in every language.
 */
final class IndicatorNames {
  private static final String LEAVING = "när de lämnar insatsen";
  private static final String SIX_MONTHS = "sex månader efter att de lämnat insatsen";

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("EECO01", "totalt antal deltagare"),
      Map.entry("EECO02", "arbetslösa, inklusive långtidsarbetslösa"),
      Map.entry("EECO03", "långtidsarbetslösa"),
      Map.entry("EECO04", "personer utanför arbetskraften"),
      Map.entry("EECO05", "anställda, inklusive egenföretagare"),
      Map.entry("EECO06", "antal barn under 18 år"),
      Map.entry("EECO07", "unga i åldern 18–29 år"),
      Map.entry("EECO08", "antal deltagare som är 55 år eller äldre"),
      Map.entry("EECO09", "personer med högst lägre sekundär utbildning (Isced 0–2)"),
      Map.entry("EECO10", "personer med gymnasieutbildning (Isced 3) eller eftergymnasial utbildning (Isced 4)"),
      Map.entry("EECO11", "personer med högskoleutbildning (Isced 5–8)"),
      Map.entry("EECO12", "deltagare med funktionsnedsättning"),
      Map.entry("EECO13", "tredjelandsmedborgare"),
      Map.entry("EECO14", "deltagare med utländsk bakgrund"),
      Map.entry("EECO15", "minoriteter (inbegripet marginaliserade grupper, såsom romer)"),
      Map.entry("EECO16", "hemlösa eller personer som utestängts från bostadsmarknaden"),
      Map.entry("EECO17", "deltagare från landsbygdsområden"),
      Map.entry("EECO18", "antal offentliga förvaltningar eller offentliga tjänster på nationell, regional eller lokal "
          + "nivå som får stöd"),
      Map.entry("EECO19", "antal mikroföretag samt små och medelstora företag (inbegripet kooperativa företag och "
          + "sociala företag) som får stöd"),
      Map.entry("EECR01", "deltagare som söker arbete " + LEAVING),
      Map.entry("EECR02", "deltagare i utbildning " + LEAVING),
      Map.entry("EECR03", "deltagare som uppnår en kvalifikation " + LEAVING),
      Map.entry("EECR04", "deltagare som har arbete, inklusive egenföretagare, " + LEAVING),
      Map.entry("EECR05", "deltagare som har arbete, inklusive egenföretagare, " + SIX_MONTHS),
      Map.entry("EECR06", "deltagare med en förbättrad situation på arbetsmarknaden " + SIX_MONTHS),
      Map.entry("CO-TOTAL", "totalt antal deltagare (CO01 + CO03 + CO05)"),
      Map.entry("CO01", "arbetslösa, inklusive långtidsarbetslösa"),
      Map.entry("CO02", "långtidsarbetslösa"),
      Map.entry("CO03", "personer utanför arbetskraften"),
      Map.entry("CO04", "personer utanför arbetskraften som inte deltar i utbildning"),
      Map.entry("CO05", "anställda, inklusive egenföretagare"),
      Map.entry("CO06", "personer under 25 år"),
      Map.entry("CO07", "personer över 54 år"),
      Map.entry("CO08", "personer över 54 år som är arbetslösa, inklusive långtidsarbetslösa, eller utanför "
          + "arbetskraften och inte deltar i utbildning"),
      Map.entry("CO09", "personer med grundskoleutbildning (Isced 1) eller lägre sekundär utbildning (Isced 2)"),
      Map.entry("CO10", "personer med gymnasieutbildning (Isced 3) eller eftergymnasial utbildning (Isced 4)"),
      Map.entry("CO11", "personer med högskoleutbildning (Isced 5–8)"),
      Map.entry("CO12", "deltagare som bor i hushåll där ingen förvärvsarbetar"),
      Map.entry("CO13", "deltagare som bor i hushåll där ingen förvärvsarbetar, med barn som försörjs av hushållet"),
      Map.entry("CO14", "deltagare som bor i hushåll med en vuxen, med barn som försörjs av hushållet"),
      Map.entry("CO15", "migranter, deltagare med utländsk bakgrund, minoriteter (inbegripet marginaliserade grupper, "
          + "såsom romer)"),
      Map.entry("CO16", "deltagare med funktionsnedsättning"),
      Map.entry("CO17", "andra missgynnade personer"),
      Map.entry("CO18", "hemlösa eller personer som utestängts från bostadsmarknaden"),
      Map.entry("CO19", "personer från landsbygden"),
      Map.entry("CR01", "deltagare utanför arbetskraften som söker arbete " + LEAVING),
      Map.entry("CR02", "deltagare i utbildning " + LEAVING),
      Map.entry("CR03", "deltagare som uppnår en kvalifikation " + LEAVING),
      Map.entry("CR04", "deltagare som har arbete, inklusive egenföretagare, " + LEAVING),
      Map.entry("CR05", "missgynnade deltagare som söker arbete, deltar i utbildning, uppnår en kvalifikation eller har "
          + "arbete, inklusive egenföretagare, " + LEAVING),
      Map.entry("CR06", "deltagare som har arbete, inklusive egenföretagare, " + SIX_MONTHS),
      Map.entry("CR07", "deltagare med en förbättrad situation på arbetsmarknaden " + SIX_MONTHS),
      Map.entry("CR08", "deltagare över 54 år som har arbete, inklusive egenföretagare, " + SIX_MONTHS),
      Map.entry("CR09", "missgynnade deltagare som har arbete, inklusive egenföretagare, " + SIX_MONTHS),
      Map.entry("CO20", "antal projekt som helt eller delvis genomförs av arbetsmarknadens parter eller icke-statliga "
          + "organisationer"),
      Map.entry("CO21", "antal projekt som är inriktade på kvinnors varaktiga deltagande och avancemang i arbetslivet"),
      Map.entry("CO22", "antal projekt som riktas till offentlig förvaltning eller offentliga tjänster på nationell, "
          + "regional eller lokal nivå"),
      Map.entry("CO23", "antal mikroföretag samt små och medelstora företag (inbegripet kooperativa företag och företag "
          + "i den sociala ekonomin) som får stöd"));

  private static final String EDUCATION_AT_ENTRY = "om en deltagare utanför arbetskraften deltog i utbildning vid "
      + "inskrivningen (registret anger bara ställningen på arbetsmarknaden)";
  private static final String DISADVANTAGED = "vem som räknas som missgynnad, vilket vilar på uppgifter som registret "
      + "inte har (hushållssituation, hemlöshet, annat missgynnande)";
  private static final String ENTITIES = "en indikator om organisationer, inte deltagare: uppgifter om de organisationer "
      + "som får stöd (offentliga förvaltningar, tjänster eller företag), som ett deltagarregister inte har";
  private static final String PROJECTS = "en indikator om insatser, inte deltagare: uppgifter om insatserna (projekten), "
      + "vem som genomför dem och vilka de riktar sig till, som ett deltagarregister inte har";
  private static final String HOUSING = "bostadssituationen vid inskrivningen";
  private static final String RURAL = "bostadsorten vid inskrivningen (urbaniseringsgrad)";
  private static final String JOB_QUALITY = "arbetets kvalitet vid inskrivningen och sex månader efter avslutet (från "
      + "osäker till stabil anställning, från deltid till heltid, ett bättre arbete)";

  private static final Map<String, String> NEEDS = Map.ofEntries(
      Map.entry("EECO16", HOUSING),
      Map.entry("EECO17", RURAL),
      Map.entry("EECR06", JOB_QUALITY),
      Map.entry("EECO18", ENTITIES),
      Map.entry("EECO19", ENTITIES),
      Map.entry("CO04", EDUCATION_AT_ENTRY),
      Map.entry("CO08", EDUCATION_AT_ENTRY),
      Map.entry("CO17", "programmets definition av annat missgynnande och uppgift om vilka som omfattas"),
      Map.entry("CO18", HOUSING),
      Map.entry("CO19", RURAL),
      Map.entry("CR05", DISADVANTAGED),
      Map.entry("CR07", JOB_QUALITY),
      Map.entry("CR09", DISADVANTAGED),
      Map.entry("CO20", PROJECTS),
      Map.entry("CO21", PROJECTS),
      Map.entry("CO22", PROJECTS),
      Map.entry("CO23", ENTITIES));

  private IndicatorNames() {}

  private static boolean swedish(Locale locale) {
    return "sv".equals(locale.getLanguage());
  }

  /**
   * An indicator's name in the report's language.
   *
   * @param r the indicator
   * @param locale the report's locale
   * @return the Swedish name of a built-in indicator in a Swedish report, else metrics' name
   */
  static String name(IndicatorResult r, Locale locale) {
    return swedish(locale) && r.list() != null ? NAMES.getOrDefault(r.code(), r.name()) : r.name();
  }

  /**
   * A not-computed indicator's name in the report's language.
   *
   * @param n the indicator
   * @param locale the report's locale
   * @return the name
   */
  static String name(NotComputedIndicator n, Locale locale) {
    return swedish(locale) ? NAMES.getOrDefault(n.code(), n.name()) : n.name();
  }

  /**
   * What a not-computed indicator would need, in the report's language.
   *
   * @param n the indicator
   * @param locale the report's locale
   * @return what it needs
   */
  static String needs(NotComputedIndicator n, Locale locale) {
    return swedish(locale) ? NEEDS.getOrDefault(n.code(), n.needs()) : n.needs();
  }

  /**
   * Whether every built-in code has a Swedish name (checked by a test against metrics' lists).
   *
   * @param code an indicator's code
   * @return whether it has one
   */
  static boolean hasSwedishName(String code) {
    return NAMES.containsKey(code);
  }

  /**
   * Whether a not-computed indicator has its needs in Swedish.
   *
   * @param code an indicator's code
   * @return whether it has them
   */
  static boolean hasSwedishNeeds(String code) {
    return NEEDS.containsKey(code);
  }
}
