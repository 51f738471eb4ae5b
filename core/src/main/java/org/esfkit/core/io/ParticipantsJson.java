package org.esfkit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.esfkit.core.Accessibility;
import org.esfkit.core.CefrLevel;
import org.esfkit.core.Gender;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.ImmutableParticipant;
import org.esfkit.core.LabourStatus;
import org.esfkit.core.Participant;
import org.esfkit.core.TargetGroup;
import org.esfkit.core.io.internal.Inputs;
import org.esfkit.core.io.internal.Json;
import org.esfkit.core.io.internal.JsonContext;
import org.esfkit.core.io.internal.JsonFields;
import org.esfkit.core.io.internal.JsonRecords;
import org.jspecify.annotations.Nullable;

/**
 * Participants with their full profiles (JSON array), as matching needs them
 * ({@code esfkit match --participants R.json}). Fields: {@code participant_id} and
 * {@code gender} (required), {@code birth_year}, {@code site}, {@code referral}, {@code target_groups},
 * {@code labour_status_at_entry}, {@code isced}, {@code disability}, {@code foreign_background},
 * {@code third_country_national}, {@code minority}, {@code competences}, {@code interests},
 * {@code language_level}, {@code hours_available}, {@code location}
 * ({@code {"latitude", "longitude"}}), {@code accessibility_needs}, {@code preferences} (in order),
 * {@code wants_gender_breaking}. Ids must be unique.
 */
public final class ParticipantsJson {
  static final List<String> FIELDS = List.of("participant_id", "gender", "birth_year", "birth_date", "site",
      "referral", "target_groups", "labour_status_at_entry", "isced", "disability", "foreign_background",
      "third_country_national", "minority", "jobless_household", "dependent_children", "single_adult_household",
      "competences", "interests", "language_level", "hours_available", "location", "accessibility_needs",
      "preferences", "wants_gender_breaking");

  private ParticipantsJson() {}

  /**
   * Reads a participants file.
   *
   * @param path the file; its name as given is the problems' source
   * @return the result: the accepted participants in file order, and every problem
   * @throws org.esfkit.core.ImportException if the file cannot be opened or read (I/O failure)
   */
  public static ReadResult<List<Participant>> read(Path path) {
    return Inputs.read(path, ParticipantsJson::read);
  }

  /**
   * Reads participants from a stream (which the caller closes).
   *
   * @param in the JSON bytes
   * @param sourceName the name problems are reported under
   * @return the result: the accepted participants in file order, and every problem
   * @throws org.esfkit.core.ImportException if the stream cannot be read (I/O failure)
   */
  public static ReadResult<List<Participant>> read(InputStream in, String sourceName) {
    return JsonRecords.read(in, sourceName, "participant_id", "participant id", ParticipantsJson::participant);
  }

  private static @Nullable Participant participant(JsonContext ctx, JsonNode node, String path) {
    int before = ctx.problemCount();
    JsonFields f = ctx.object(node, path, FIELDS);
    if (f == null) {
      return null;
    }
    String id = f.requiredText("participant_id");
    Gender gender = f.require("gender") ? f.parsed("gender", Gender::fromCode) : null;
    Integer birthYear = f.integer("birth_year");
    LocalDate birthDate = f.date("birth_date");
    String site = f.text("site");
    String referral = f.text("referral");
    Set<TargetGroup> groups = f.codes("target_groups", TargetGroup::fromCode);
    LabourStatus labour = f.parsed("labour_status_at_entry", LabourStatus::fromCode);
    Integer isced = f.integer("isced");
    Boolean disability = f.bool("disability");
    Boolean foreign = f.bool("foreign_background");
    Boolean thirdCountry = f.bool("third_country_national");
    Boolean minority = f.bool("minority");
    Boolean jobless = f.bool("jobless_household");
    Boolean children = f.bool("dependent_children");
    Boolean singleAdult = f.bool("single_adult_household");
    Set<String> competences = f.textSet("competences");
    Set<String> interests = f.textSet("interests");
    CefrLevel language = f.parsed("language_level", CefrLevel::fromCode);
    Integer hours = f.integer("hours_available");
    GeoPoint location = TasksJson.location(ctx, f.object("location", TasksJson.LOCATION));
    Set<Accessibility> needs = f.codes("accessibility_needs", Accessibility::fromCode);
    List<String> preferences = f.texts("preferences");
    Boolean wantsGenderBreaking = f.bool("wants_gender_breaking");
    return ctx.build(path, before, FIELDS, () -> {
      ImmutableParticipant.Builder b = Participant.builder().id(id).gender(gender).birthYear(birthYear).birthDate(birthDate)
          .site(site).referral(referral)
          .targetGroups(groups).labourStatusAtEntry(labour).isced(isced).disability(disability)
          .foreignBackground(foreign).thirdCountryNational(thirdCountry).minority(minority)
          .joblessHousehold(jobless).dependentChildren(children).singleAdultHousehold(singleAdult)
          .competences(competences).interests(interests).languageLevel(language).hoursAvailable(hours)
          .location(location).accessibilityNeeds(needs).preferences(preferences);
      if (wantsGenderBreaking != null) {
        b.wantsGenderBreaking(wantsGenderBreaking);
      }
      return b.build();
    });
  }

  /**
   * Writes participants as a pretty-printed JSON array, sensitive characteristics included (this
   * is the profile's own interchange format, not a report); reading it back gives equal
   * participants.
   *
   * @param participants the participants
   * @return the JSON text
   */
  public static String write(List<Participant> participants) {
    return JsonRecords.write(participants.stream().map(ParticipantsJson::tree).collect(Collectors.toList()));
  }

  private static ObjectNode tree(Participant p) {
    ObjectNode o = Json.object();
    o.put("participant_id", p.id());
    o.put("gender", p.gender().code());
    if (p.birthYear() != null) {
      o.put("birth_year", p.birthYear());
    }
    if (p.birthDate() != null) {
      o.put("birth_date", p.birthDate().toString());
    }
    if (p.site() != null) {
      o.put("site", p.site());
    }
    if (p.referral() != null) {
      o.put("referral", p.referral());
    }
    TasksJson.texts(o, "target_groups", p.targetGroups().stream().sorted(Comparator.naturalOrder())
        .map(TargetGroup::code).collect(Collectors.toList()));
    if (p.labourStatusAtEntry() != null) {
      o.put("labour_status_at_entry", p.labourStatusAtEntry().code());
    }
    if (p.isced() != null) {
      o.put("isced", p.isced());
    }
    bool(o, "disability", p.disability());
    bool(o, "foreign_background", p.foreignBackground());
    bool(o, "third_country_national", p.thirdCountryNational());
    bool(o, "minority", p.minority());
    bool(o, "jobless_household", p.joblessHousehold());
    bool(o, "dependent_children", p.dependentChildren());
    bool(o, "single_adult_household", p.singleAdultHousehold());
    TasksJson.texts(o, "competences", p.competences());
    TasksJson.texts(o, "interests", p.interests());
    if (p.languageLevel() != null) {
      o.put("language_level", p.languageLevel().code());
    }
    if (p.hoursAvailable() != null) {
      o.put("hours_available", p.hoursAvailable());
    }
    TasksJson.location(o, p.location());
    TasksJson.texts(o, "accessibility_needs", p.accessibilityNeeds().stream().sorted(Comparator.naturalOrder())
        .map(Accessibility::code).collect(Collectors.toList()));
    TasksJson.texts(o, "preferences", p.preferences());
    if (p.wantsGenderBreaking()) {
      o.put("wants_gender_breaking", true);
    }
    return o;
  }

  private static void bool(ObjectNode o, String field, @Nullable Boolean value) {
    if (value != null) {
      o.put(field, value);
    }
  }
}
