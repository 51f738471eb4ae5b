package org.esfkit.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.esfkit.core.GeoPoint;
import org.esfkit.core.LowThresholdTask;
import org.esfkit.core.Participant;
import org.esfkit.matching.Constraint;
import org.jspecify.annotations.Nullable;

/**
 * Indexes that narrow the tasks a participant may be paired with (and the participants a task
 * may take) to a superset of the admissible ones, so that a query scores a few candidates
 * instead of every pair. Each index stands for one built-in constraint:
 * <ul>
 *   <li>{@code max_commute_km}: points sorted by latitude, queried with the bounding box of the
 *       commute circle ({@link GeoIndex}); entities without a location are always candidates;</li>
 *   <li>{@code required_competences}: inverted indexes by competence: a task is a candidate for a
 *       participant when the participant has every competence it requires (counted over the
 *       participant's competences' posting lists); a participant is a candidate for a task when
 *       they are in the posting list of every competence it requires.</li>
 * </ul>
 * The candidates of several indexes are intersected. Every candidate is then checked against
 * every constraint, so results equal those of checking every pair.
 */
final class CandidateIndex {
  private final @Nullable GeoIndex taskGeo;
  private final @Nullable GeoIndex participantGeo;
  private final double km;
  private final @Nullable Map<String, int[]> tasksByCompetence;
  private final int[] requiredCount;
  private final int[] tasksWithoutRequirement;
  private final int[] participantsWithoutCompetences;
  private final @Nullable Map<String, int[]> participantsByCompetence;
  private final Participant[] participants;
  private final LowThresholdTask[] tasks;
  private final ThreadLocal<int[]> hits;

  CandidateIndex(Participant[] participants, LowThresholdTask[] tasks, List<Constraint> constraints) {
    this.participants = participants;
    this.tasks = tasks;
    double commute = Double.POSITIVE_INFINITY;
    boolean competences = false;
    for (Constraint c : constraints) {
      if (c instanceof BuiltinConstraints.MaxCommute) {
        commute = Math.min(commute, ((BuiltinConstraints.MaxCommute) c).km());
      } else if (c instanceof BuiltinConstraints.RequiredCompetences) {
        competences = true;
      }
    }
    this.km = commute;
    if (Double.isFinite(commute)) {
      GeoPoint[] tp = new GeoPoint[tasks.length];
      for (int k = 0; k < tasks.length; k++) {
        tp[k] = tasks[k].location();
      }
      GeoPoint[] pp = new GeoPoint[participants.length];
      for (int i = 0; i < participants.length; i++) {
        pp[i] = participants[i].location();
      }
      taskGeo = new GeoIndex(tp);
      participantGeo = new GeoIndex(pp);
    } else {
      taskGeo = null;
      participantGeo = null;
    }
    requiredCount = new int[tasks.length];
    if (competences) {
      Map<String, List<Integer>> byComp = new HashMap<>();
      List<Integer> none = new ArrayList<>();
      for (int k = 0; k < tasks.length; k++) {
        requiredCount[k] = tasks[k].requiredCompetences().size();
        if (requiredCount[k] == 0) {
          none.add(k);
        }
        for (String c : tasks[k].requiredCompetences()) {
          byComp.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
        }
      }
      tasksByCompetence = toArrays(byComp);
      tasksWithoutRequirement = none.stream().mapToInt(Integer::intValue).toArray();
      Map<String, List<Integer>> pByComp = new HashMap<>();
      List<Integer> unrecorded = new ArrayList<>();
      for (int i = 0; i < participants.length; i++) {
        if (participants[i].competences().isEmpty()) {
          unrecorded.add(i);   // not recorded: the constraint admits them to every task
        }
        for (String c : participants[i].competences()) {
          if (tasksByCompetence.containsKey(c)) {
            pByComp.computeIfAbsent(c, x -> new ArrayList<>()).add(i);
          }
        }
      }
      participantsByCompetence = toArrays(pByComp);
      participantsWithoutCompetences = unrecorded.stream().mapToInt(Integer::intValue).toArray();
    } else {
      participantsWithoutCompetences = new int[0];
      tasksByCompetence = null;
      participantsByCompetence = null;
      tasksWithoutRequirement = new int[0];
    }
    this.hits = ThreadLocal.withInitial(() -> new int[tasks.length]);
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> m = new HashMap<>();
    lists.forEach((k, v) -> m.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return m;
  }

  /**
   * The tasks that may admit a participant.
   *
   * @param i participant index
   * @return ascending task indices, or null for every task
   */
  int @Nullable [] tasksFor(int i) {
    Participant p = participants[i];
    int[] result = null;
    if (taskGeo != null && p.location() != null) {
      result = taskGeo.near(p.location(), km);
    }
    if (tasksByCompetence != null && !p.competences().isEmpty()) {
      result = intersect(result, tasksCovered(p));
    }
    return result;
  }

  private int[] tasksCovered(Participant p) {
    int[] count = hits.get();
    int[] touched = new int[16];
    int n = 0;
    for (String c : p.competences()) {
      int[] posting = tasksByCompetence.get(c);
      if (posting == null) {
        continue;
      }
      for (int k : posting) {
        if (count[k]++ == 0) {
          if (n == touched.length) {
            touched = Arrays.copyOf(touched, n * 2);
          }
          touched[n++] = k;
        }
      }
    }
    int[] out = Arrays.copyOf(tasksWithoutRequirement, tasksWithoutRequirement.length + n);
    int m = tasksWithoutRequirement.length;
    for (int j = 0; j < n; j++) {
      int k = touched[j];
      if (count[k] == requiredCount[k]) {
        out[m++] = k;
      }
      count[k] = 0;
    }
    int[] result = Arrays.copyOf(out, m);
    Arrays.sort(result);
    return result;
  }

  /**
   * The participants a task may admit.
   *
   * @param k task index
   * @return ascending participant indices, or null for every participant
   */
  int @Nullable [] participantsFor(int k) {
    LowThresholdTask t = tasks[k];
    int[] result = null;
    if (participantGeo != null && t.location() != null) {
      result = participantGeo.near(t.location(), km);
    }
    if (participantsByCompetence != null && !t.requiredCompetences().isEmpty()) {
      int @Nullable [] covering = null;
      for (String c : t.requiredCompetences()) {
        int[] posting = participantsByCompetence.get(c);
        covering = intersect(covering, posting == null ? new int[0] : posting);
      }
      result = intersect(result, union(covering == null ? new int[0] : covering, participantsWithoutCompetences));
    }
    return result;
  }

  /** The sorted union of two ascending arrays of distinct indices. */
  private static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        out[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        out[n++] = b[j++];
      } else {
        out[n++] = a[i++];
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int[] intersect(int @Nullable [] a, int[] b) {
    if (a == null) {
      return b;
    }
    int[] out = new int[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
