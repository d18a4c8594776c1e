package org.kasang.indicators;

import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.common.Cambodia;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.internal.AreaRows;
import org.kasang.indicators.internal.AssessmentRows;
import org.kasang.indicators.internal.Derivation;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CBO scores itself in each capacity area at baseline, midline and endline. Kasang shows the change and
 * recommends the courses that build its weakest areas. Each score is also evidence.
 */
@Service
public class SelfAssessments {

    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final AssessmentRows assessments;
    private final AreaRows areas;
    private final EvidenceRows evidence;
    private final Derivation derivation;
    private final OrganisationService organisations;
    private final MemberService members;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfAssessments(AssessmentRows assessments, AreaRows areas, EvidenceRows evidence, Derivation derivation,
                    OrganisationService organisations, MemberService members, CatalogueService catalogue,
                    CurrentUser currentUser, Clock clock) {
        this.assessments = assessments;
        this.areas = areas;
        this.evidence = evidence;
        this.derivation = derivation;
        this.organisations = organisations;
        this.members = members;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the CBO's scores (area id → 1..5) for a round. Scoring a round again replaces its score and
     * withdraws the evidence of the earlier one.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional
    public void record(long cboId, AssessmentRound round, LocalDate assessedOn, Map<Long, Integer> scores) {
        organisations.requireInScope(cboId);
        if (round == null) {
            throw new InvalidInput("assessment.error.round");
        }
        if (assessedOn == null || assessedOn.isAfter(LocalDate.now(clock.withZone(Cambodia.ZONE)))) {
            throw new InvalidInput("assessment.error.date");
        }
        Map<Long, CapacityArea> byId = new HashMap<>();
        areas.all().forEach(a -> byId.put(a.id(), a));
        if (scores.isEmpty()) {
            throw new InvalidInput("assessment.error.none");
        }
        scores.forEach((areaId, score) -> {
            if (!byId.containsKey(areaId)) {
                throw new InvalidInput("capacity.error.gone");
            }
            if (score == null || score < 1 || score > 5) {
                throw new InvalidInput("assessment.error.score", byId.get(areaId).nameEn());
            }
        });
        long by = currentUser.require().personId();
        Instant now = clock.instant();
        scores.forEach((areaId, score) -> {
            assessments.remove(cboId, areaId, round).ifPresent(old -> evidence.ofCbo(cboId, END_OF_TIME).stream()
                    .filter(e -> e.kind() == EvidenceKind.SELF_ASSESSMENT && e.sourceId().equals(String.valueOf(old)))
                    .forEach(e -> evidence.withdraw(e.id(), "assessment.rescored", by, now)));
            long id = assessments.insert(cboId, areaId, round, score, assessedOn, by, now);
            evidence.append(cboId, EvidenceKind.SELF_ASSESSMENT, assessedOn, null, "self_assessment", String.valueOf(id),
                    Map.of("areaCode", byId.get(areaId).code(), "round", round.name(), "score", score), now, by, null, null);
        });
        derivation.derive(cboId);
    }

    /** Scores per area and round, in area order; areas never scored are included with no scores. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public List<AreaScores> scores(long cboId) {
        organisations.requireInScope(cboId);
        Map<Long, Map<AssessmentRound, Integer>> byArea = new HashMap<>();
        assessments.ofCbo(cboId).forEach(row -> byArea.computeIfAbsent(row.areaId(), k -> new EnumMap<>(AssessmentRound.class))
                .put(row.round(), row.score()));
        return areas.all().stream().map(area -> {
            Map<AssessmentRound, Integer> rounds = byArea.getOrDefault(area.id(), Map.of());
            return new AreaScores(area.id(), area.code(), area.name(), rounds.get(AssessmentRound.BASELINE),
                    rounds.get(AssessmentRound.MIDLINE), rounds.get(AssessmentRound.ENDLINE));
        }).toList();
    }

    /**
     * Published courses that build the CBO's weakest scored areas (lowest latest score; ties go to the area
     * defined first), leaving out courses that most current members have completed already.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COACH')")
    @Transactional(readOnly = true)
    public List<CourseSummary> recommendations(long cboId) {
        List<AreaScores> scored = scores(cboId).stream().filter(s -> s.latest() != null).toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        int lowest = scored.stream().mapToInt(AreaScores::latest).min().orElseThrow();
        Map<Long, CapacityArea> byId = new HashMap<>();
        areas.all().forEach(a -> byId.put(a.id(), a));
        List<String> wanted = scored.stream().filter(s -> s.latest() == lowest)
                .flatMap(s -> byId.get(s.areaId()).courseIds().stream()).distinct().toList();
        long memberCount = members.countMembers(List.of(cboId)).getOrDefault(cboId, 0L);
        Map<String, Set<Long>> completedBy = new HashMap<>();
        evidence.ofCbo(cboId, END_OF_TIME).stream()
                .filter(e -> !e.withdrawn() && e.kind() == EvidenceKind.COURSE_COMPLETED && e.personId() != null)
                .forEach(e -> completedBy.computeIfAbsent(e.detail("courseId"), k -> new HashSet<>()).add(e.personId()));
        Map<String, CourseSummary> published = new HashMap<>();
        catalogue.publishedCourses().forEach(c -> published.put(c.id(), c));
        return wanted.stream()
                .filter(published::containsKey)
                .filter(id -> completedBy.getOrDefault(id, Set.of()).size() * 2 <= memberCount || memberCount == 0)
                .map(published::get)
                .sorted(Comparator.comparingInt(c -> wanted.indexOf(c.id())))
                .toList();
    }
}
