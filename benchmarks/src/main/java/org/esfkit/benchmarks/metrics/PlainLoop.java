package org.esfkit.benchmarks.metrics;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.esfkit.core.OutcomeStatus;
import org.esfkit.metrics.Cohort;
import org.esfkit.metrics.spi.Codes;
import org.esfkit.metrics.spi.CohortTables;
import org.esfkit.metrics.spi.DayShift;

/**
 * The limit: a hand-written single pass over plain arrays computing the numbers of every seed
 * target at once (copied out of the same {@link Cohort}), with the target definitions wired in.
 * Numbers per target id: shares {@code [num × 4 genders, den × 4 genders, pending]}, counts and
 * growth {@code [count]}, enrolment {@code [enrolled × 4 genders, enrolled × site]}.
 */
final class PlainLoop {
  private static final int EXIT_TARGETS = 5;
  private static final String[] EXIT_IDS = {
      "aka-studies-35", "aka-internship-20", "aka-employment-25", "pi-work-or-studies-70", "pi-own-business-5"};
  private final int n;
  private final int[] enrolled;
  private final int[] exited;
  private final int[] windowEnd;
  private final byte[] exitStatus;
  private final byte[] gender;
  private final int[] site;
  private final int siteCount;
  private final String[] siteNames;
  private final int[] followStart;
  private final int[] followOn;
  private final byte[] followStatus;
  private final int[] surveyStart;
  private final int[] surveyOn;
  private final byte[] surveyAnswer;
  private final int[] pStart;
  private final byte[] pKind;
  private final boolean[] pGenderBreaking;
  private final int[] pEmployer;
  private final int employers;
  private final int[] tIdentified;
  private final boolean[] tOpen;
  private final byte[] aKind;
  private final int[] aOn;
  private final int projectStart;
  private final int projectEnd;
  private final int[] exitMask = new int[Codes.OUTCOME_STATUSES];
  private final boolean[] selfSufficient = new boolean[Codes.OUTCOME_STATUSES];

  PlainLoop(Cohort cohort) {
    CohortTables c = cohort.tables();
    n = c.participantCount();
    enrolled = new int[n];
    exited = new int[n];
    windowEnd = new int[n];
    exitStatus = new byte[n];
    gender = new byte[n];
    site = new int[n];
    followStart = new int[n + 1];
    surveyStart = new int[n + 1];
    DayShift threeMonths = c.shift(Period.ofMonths(3));
    for (int i = 0; i < n; i++) {
      enrolled[i] = c.enrolledOn(i);
      exited[i] = c.exitedOn(i);
      windowEnd[i] = threeMonths.apply(exited[i]);
      exitStatus[i] = c.exitStatus(i);
      gender[i] = c.gender(i);
      site[i] = c.site(i);
      followStart[i] = c.followUpsFrom(i);
      surveyStart[i] = c.surveysFrom(i);
    }
    followStart[n] = c.followUpsFrom(n);
    surveyStart[n] = c.surveysFrom(n);
    followOn = new int[followStart[n]];
    followStatus = new byte[followStart[n]];
    for (int k = 0; k < followOn.length; k++) {
      followOn[k] = c.followUpOn(k);
      followStatus[k] = c.followUpStatus(k);
    }
    surveyOn = new int[surveyStart[n]];
    surveyAnswer = new byte[surveyStart[n]];
    for (int k = 0; k < surveyOn.length; k++) {
      surveyOn[k] = c.surveyOn(k);
      surveyAnswer[k] = c.surveyAnswer(k);
    }
    siteCount = c.siteCount();
    siteNames = new String[siteCount];
    for (int s = 0; s < siteCount; s++) {
      siteNames[s] = c.siteName(s);
    }
    int m = c.placementCount();
    pStart = new int[m];
    pKind = new byte[m];
    pGenderBreaking = new boolean[m];
    pEmployer = new int[m];
    for (int k = 0; k < m; k++) {
      pStart[k] = c.placementStartedOn(k);
      pKind[k] = c.placementKind(k);
      pGenderBreaking[k] = c.placementGenderBreaking(k);
      pEmployer[k] = c.placementEmployer(k);
    }
    employers = c.employerCount();
    tIdentified = new int[c.taskCount()];
    tOpen = new boolean[c.taskCount()];
    for (int k = 0; k < tIdentified.length; k++) {
      tIdentified[k] = c.taskIdentifiedOn(k);
      tOpen[k] = c.taskOpenToAllGenders(k);
    }
    aKind = new byte[c.achievementCount()];
    aOn = new int[c.achievementCount()];
    for (int k = 0; k < aKind.length; k++) {
      aKind[k] = c.achievementKind(k);
      aOn[k] = c.achievementOn(k);
    }
    projectStart = c.projectStart();
    projectEnd = c.projectEnd();
    mark(0, OutcomeStatus.STUDIES);
    mark(1, OutcomeStatus.INTERNSHIP);
    mark(2, OutcomeStatus.EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT);
    mark(3, OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT, OutcomeStatus.SUBSIDISED_EMPLOYMENT,
        OutcomeStatus.STUDIES);
    mark(4, OutcomeStatus.SELF_EMPLOYMENT);
    for (OutcomeStatus s : new OutcomeStatus[] {OutcomeStatus.EMPLOYMENT, OutcomeStatus.SELF_EMPLOYMENT,
        OutcomeStatus.SUBSIDISED_EMPLOYMENT, OutcomeStatus.STUDIES, OutcomeStatus.WORK_REHABILITATION}) {
      selfSufficient[Codes.of(s)] = true;
    }
  }

  private void mark(int target, OutcomeStatus... statuses) {
    for (OutcomeStatus s : statuses) {
      exitMask[Codes.of(s)] |= 1 << target;
    }
  }

  Map<String, long[]> run(LocalDate asOf) {
    final int d = (int) asOf.toEpochDay();
    long[] exitNum = new long[EXIT_TARGETS * 4];
    long[] exitDen = new long[4];
    long[] fuNum = new long[4];
    long[] fuDen = new long[4];
    long pending = 0;
    long[] perNum = new long[4];
    long[] perDen = new long[4];
    long[] enrolledByGender = new long[4];
    long[] bySite = new long[siteCount];
    for (int i = 0; i < n; i++) {
      if (enrolled[i] > d) {
        continue;
      }
      int g = gender[i];
      enrolledByGender[g]++;
      int s = site[i];
      if (s >= 0) {
        bySite[s]++;
      }
      int ex = exited[i];
      if (ex > d) {
        continue;
      }
      exitDen[g]++;
      int mask = exitMask[exitStatus[i]];
      for (int t = 0; t < EXIT_TARGETS; t++) {
        if ((mask & (1 << t)) != 0) {
          exitNum[t * 4 + g]++;
        }
      }
      int we = windowEnd[i];
      if (we > d) {
        pending++;
      } else {
        fuDen[g]++;
        for (int k = followStart[i + 1] - 1; k >= followStart[i]; k--) {
          int on = followOn[k];
          if (on < ex) {
            break;
          }
          if (on <= we) {
            if (selfSufficient[followStatus[k]]) {
              fuNum[g]++;
            }
            break;
          }
        }
      }
      for (int k = surveyStart[i + 1] - 1; k >= surveyStart[i]; k--) {
        if (surveyOn[k] <= d) {
          perDen[g]++;
          if (surveyAnswer[k] == 1) {
            perNum[g]++;
          }
          break;
        }
      }
    }
    long genderBreaking = 0;
    long internships = 0;
    boolean[] hosts = new boolean[employers];
    long hostCount = 0;
    byte internship = Codes.PLACEMENT_INTERNSHIP;
    int last = Math.min(d, projectEnd);
    for (int k = 0; k < pStart.length; k++) {
      int st = pStart[k];
      if (pGenderBreaking[k] && st <= d) {
        genderBreaking++;
      }
      if (pKind[k] == internship && st >= projectStart && st <= last) {
        internships++;
        if (!hosts[pEmployer[k]]) {
          hosts[pEmployer[k]] = true;
          hostCount++;
        }
      }
    }
    long tasks = 0;
    for (int k = 0; k < tIdentified.length; k++) {
      if (tOpen[k] && tIdentified[k] <= d) {
        tasks++;
      }
    }
    long enterprises = 0;
    byte se = Codes.SOCIAL_ENTERPRISE_ESTABLISHED;
    for (int k = 0; k < aKind.length; k++) {
      if (aKind[k] == se && aOn[k] <= d) {
        enterprises++;
      }
    }
    Map<String, long[]> out = new LinkedHashMap<>();
    for (int t = 0; t < EXIT_TARGETS; t++) {
      long[] num = new long[4];
      System.arraycopy(exitNum, t * 4, num, 0, 4);
      out.put(EXIT_IDS[t], share(num, exitDen, 0));
    }
    long[] perceived = share(perNum, perDen, 0);
    out.put("aka-employability-20", perceived);
    out.put("kv-perceived-improvement-80", perceived);
    out.put("pi-own-development-100", perceived);
    out.put("kv-self-sufficient-3m", share(fuNum, fuDen, pending));
    out.put("aka-internship-places-growth-50", new long[] {internships});
    out.put("aka-tasks-identified-20", new long[] {tasks});
    out.put("aka-gender-breaking-3", new long[] {genderBreaking});
    out.put("kv-host-employers-growth-50", new long[] {hostCount});
    out.put("kv-social-enterprise-1", new long[] {enterprises});
    long[] enrolment = new long[4 + siteCount];
    System.arraycopy(enrolledByGender, 0, enrolment, 0, 4);
    System.arraycopy(bySite, 0, enrolment, 4, siteCount);
    out.put("aka-enrolment-60", enrolment);
    out.put("smot-enrolment-120", enrolment);
    out.put("pvtj-enrolment-350", enrolment);
    return out;
  }

  String[] siteNames() {
    return siteNames.clone();
  }

  private static long[] share(long[] num, long[] den, long pending) {
    long[] r = new long[9];
    System.arraycopy(num, 0, r, 0, 4);
    System.arraycopy(den, 0, r, 4, 4);
    r[8] = pending;
    return r;
  }
}
