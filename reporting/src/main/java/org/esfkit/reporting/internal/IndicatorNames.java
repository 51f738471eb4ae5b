package org.esfkit.reporting.internal;

import java.util.Locale;
import java.util.Map;

/**
 * The Swedish names of the ESF+ common indicators (Regulation (EU) 2021/1057, Annex I, in its
 * Swedish wording) and what a not-computed one needs, for Swedish reports. An indicator without a
 * Swedish name here (an ESF 2014-2020 one, or a programme's own) keeps the name it was given.
 */
final class IndicatorNames {
  private static final Map<String, String> SV = Map.ofEntries(
      Map.entry("EECO01", "totalt antal deltagare"),
      Map.entry("EECO02", "arbetslösa, inklusive långtidsarbetslösa"),
      Map.entry("EECO03", "långtidsarbetslösa"),
      Map.entry("EECO04", "personer utanför arbetskraften"),
      Map.entry("EECO05", "anställda, inklusive egenföretagare"),
      Map.entry("EECO06", "barn under 18 år"),
      Map.entry("EECO07", "unga i åldern 18–29 år"),
      Map.entry("EECO08", "deltagare som är 55 år eller äldre"),
      Map.entry("EECO09", "med högst grundskoleutbildning (Isced 0–2)"),
      Map.entry("EECO10", "med gymnasial (Isced 3) eller eftergymnasial utbildning (Isced 4)"),
      Map.entry("EECO11", "med högskoleutbildning (Isced 5–8)"),
      Map.entry("EECO12", "deltagare med funktionsnedsättning"),
      Map.entry("EECO13", "tredjelandsmedborgare"),
      Map.entry("EECO14", "deltagare med utländsk bakgrund"),
      Map.entry("EECO15", "minoriteter (inklusive marginaliserade grupper som romer)"),
      Map.entry("EECO16", "hemlösa eller personer som utestängs från bostadsmarknaden"),
      Map.entry("EECO17", "deltagare från landsbygdsområden"),
      Map.entry("EECR01", "deltagare som söker arbete när de lämnar insatsen"),
      Map.entry("EECR02", "deltagare som studerar eller deltar i utbildning när de lämnar insatsen"),
      Map.entry("EECR03", "deltagare som erhåller en kvalifikation när de lämnar insatsen"),
      Map.entry("EECR04", "deltagare som har ett arbete, inklusive egenföretagare, när de lämnar insatsen"),
      Map.entry("EECR05", "deltagare som har ett arbete, inklusive egenföretagare, sex månader efter att de lämnat "
          + "insatsen"),
      Map.entry("EECR06", "deltagare med en förbättrad situation på arbetsmarknaden sex månader efter att de lämnat "
          + "insatsen"));
  private static final Map<String, String> NEEDS_SV = Map.of(
      "EECO16", "bostadssituationen vid inskrivning",
      "EECO17", "bostadsort vid inskrivning (urbaniseringsgrad)",
      "EECR06", "arbetets kvalitet vid inskrivning och sex månader efter avslut (från osäker till fast anställning, "
          + "från deltid till heltid, bättre arbete)");

  private IndicatorNames() {}

  /**
   * An indicator's name in the report's language.
   *
   * @param code the indicator's code
   * @param given the name it was given (English for the built-in lists)
   * @param locale the report's locale
   * @return the Swedish name where known and the report is Swedish, else the given name
   */
  static String name(String code, String given, Locale locale) {
    return "sv".equals(locale.getLanguage()) ? SV.getOrDefault(code, given) : given;
  }

  /**
   * What a not-computed indicator needs, in the report's language.
   *
   * @param code the indicator's code
   * @param given the text it was given
   * @param locale the report's locale
   * @return the Swedish text where known and the report is Swedish, else the given text
   */
  static String needs(String code, String given, Locale locale) {
    return "sv".equals(locale.getLanguage()) ? NEEDS_SV.getOrDefault(code, given) : given;
  }
}
