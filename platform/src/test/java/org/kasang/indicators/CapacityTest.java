package org.kasang.indicators;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.assignments.SubmissionApproved;
import org.kasang.common.InvalidInput;
import org.kasang.learning.CourseCompleted;
import org.kasang.learning.Mode;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Evidence arrives, levels derive from it, and the derived state can be rebuilt from the log alone. */
class CapacityTest extends IntegrationTest {

    static final String PLAN = "advocacy-planning/advocacy-action-plan";

    @Autowired CapacityAreas areas;
    @Autowired CapacityStates states;
    @Autowired Milestones milestones;
    @Autowired SelfAssessments assessments;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired org.kasang.assignments.AssignmentService assignmentsService;
    @Autowired org.kasang.assignments.ReviewService reviews;

    SignedInUser admin;
    long cbo;
    SignedInUser coach;
    SignedInUser secondCoach;
    SignedInUser woman;
    SignedInUser otherWoman;
    String code;
    long areaId;

    @BeforeEach
    void advocacyArea() {
        admin = fixtures.staff("Admin", Role.ADMIN);
        cbo = fixtures.cbo("Capacity CBO");
        coach = fixtures.coachOf(cbo);
        secondCoach = fixtures.coachOf(cbo);
        woman = fixtures.learner(cbo, "Srey Pov");
        otherWoman = fixtures.learner(cbo, "Chan Dara");
        code = "advocacy-" + UUID.randomUUID().toString().substring(0, 6);
        signInAs(admin);
        // Level 1: all of (the plan approved). Level 2: at least 2 of (a district milestone, required; 2 members
        // completed budget literacy, one a woman; self-assessed 3+). Level 3: points 4 of (national milestone 4,
        // self-assessed 5: 2).
        areaId = areas.save(new CapacityArea(null, code, "Advocacy", "ការតស៊ូមតិ", null, null, List.of("budget-literacy"),
                List.of(new AreaLevel(1, "Plans", "ផែនការ", Rule.allOf(new Criterion.ApprovedAssignment(PLAN))),
                        new AreaLevel(2, "Acts", "សកម្មភាព", Rule.atLeast(2, List.of(
                                new Rule.Item(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT), true, 0),
                                Rule.Item.of(new Criterion.CourseCompletions("budget-literacy", 2, 1)),
                                Rule.Item.of(new Criterion.SelfAssessment(code, 3))))),
                        new AreaLevel(3, "Leads", "ដឹកនាំ", Rule.points(4, List.of(
                                new Rule.Item(new Criterion.Milestone(null, GovernmentLevel.NATIONAL), false, 4),
                                new Rule.Item(new Criterion.SelfAssessment(code, 5), false, 2)))))));
    }

    @Test
    void an_area_keeps_its_levels_and_rules() {
        CapacityArea saved = areas.area(areaId);
        assertThat(saved.levels()).extracting(AreaLevel::rank).containsExactly(1, 2, 3);
        assertThat(saved.levels().get(1).rule().items().get(0).required()).isTrue();
        assertThat(saved.levels().get(2).rule().kind()).isEqualTo(Rule.Kind.POINTS);
        assertThat(areas.list()).extracting(CapacityArea::code).contains(code);
    }

    @Test
    void a_bad_rule_is_refused_and_nothing_changes() {
        CapacityArea bad = new CapacityArea(areaId, code, "Renamed", "ប្តូរ", null, null, List.of(),
                List.of(new AreaLevel(1, "One", "មួយ", Rule.atLeast(3, List.of(
                        Rule.Item.of(new Criterion.ApprovedAssignment(PLAN)))))));
        assertThatThrownBy(() -> areas.save(bad)).isInstanceOf(InvalidInput.class).hasMessage("rule.error.at-least");
        assertThat(areas.area(areaId).nameEn()).isEqualTo("Advocacy");
        assertThat(areas.area(areaId).levels()).hasSize(3);
    }

    @Test
    void a_coach_cannot_define_areas() {
        signInAs(coach);
        assertThatThrownBy(() -> areas.save(new CapacityArea(null, code + "-x", "X", "X", null, null, List.of(),
                List.of(new AreaLevel(1, "One", "មួយ", Rule.allOf(new Criterion.ApprovedAssignment(PLAN)))))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_approval_is_logged_once_and_lifts_the_cbo_to_level_one() {
        approvePlan(501);
        approvePlan(501);
        assertThat(jdbc.sql("select count(*) from evidence where source_type = 'submission' and source_id = ? and cbo_id = ?")
                .params(String.valueOf(submission(501)), cbo).query(Long.class).single()).isEqualTo(1);
        signInAs(coach);
        assertThat(level()).isEqualTo(1);
        List<EvidenceEntry> log = states.evidence(cbo, PageRequest.of(0, 10)).getContent();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).evidence().kind()).isEqualTo(EvidenceKind.ASSIGNMENT_APPROVED);
        assertThat(log.get(0).verifiedByName()).isEqualTo(coach.displayName());
    }

    @Test
    void a_real_approval_in_review_becomes_evidence_in_the_same_transaction() {
        signInAs(woman);
        long submissionId = assignmentsService.submit(PLAN, org.kasang.assignments.Work.plan()).id();
        signInAs(coach);
        reviews.review(submissionId, org.kasang.assignments.Work.planScores("strong"), "A careful plan.",
                org.kasang.assignments.Decision.APPROVED);
        assertThat(states.evidence(cbo, PageRequest.of(0, 10)).getContent()).singleElement().satisfies(entry -> {
            assertThat(entry.evidence().sourceId()).isEqualTo(String.valueOf(submissionId));
            assertThat(entry.evidence().personId()).isEqualTo(woman.personId());
            assertThat(entry.evidence().detail("assignmentId")).isEqualTo(PLAN);
            assertThat(entry.evidence().verifiedBy()).isEqualTo(coach.personId());
        });
        assertThat(level()).isEqualTo(1);
    }

    @Test
    void completions_without_a_cbo_are_not_evidence() {
        complete(woman, null);
        signInAs(coach);
        assertThat(states.evidence(cbo, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void the_evidence_log_refuses_updates_and_deletes() {
        approvePlan(502);
        assertThatThrownBy(() -> jdbc.sql("update evidence set occurred_on = occurred_on - 1 where cbo_id = ?")
                .param(cbo).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from evidence where cbo_id = ?").param(cbo).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void at_least_n_with_a_required_milestone_then_points_through_derivation() {
        approvePlan(503);
        complete(woman, cbo);
        complete(otherWoman, cbo);
        signInAs(coach);
        // Completions and a self-assessment make two items, but the required district milestone is missing.
        assessments.record(cbo, AssessmentRound.BASELINE, LocalDate.now().minusDays(5), Map.of(areaId, 3));
        assertThat(level()).isEqualTo(1);

        long district = milestones.report(report(GovernmentLevel.DISTRICT, "photo.png", png()));
        assertThat(level()).as("a reported milestone is not evidence yet").isEqualTo(1);
        signInAs(secondCoach);
        milestones.verify(district);
        assertThat(level()).isEqualTo(2);
        Evidence milestoneEvidence = states.evidence(cbo, PageRequest.of(0, 20)).stream().map(EvidenceEntry::evidence)
                .filter(e -> e.kind() == EvidenceKind.MILESTONE).findFirst().orElseThrow();
        assertThat(milestoneEvidence.detail("level")).isEqualTo("DISTRICT");
        assertThat(milestoneEvidence.verifiedBy()).isEqualTo(secondCoach.personId());
        assertThat(milestoneEvidence.recordedBy()).isEqualTo(coach.personId());

        // Points: a national milestone is worth 4, the threshold.
        long national = milestones.report(report(GovernmentLevel.NATIONAL, "letter.pdf", SamplePdf.of("Letter")));
        signInAs(admin);
        milestones.verify(national);
        CapacityState state = states.levels(cbo).stream().filter(s -> s.areaId() == areaId).findFirst().orElseThrow();
        assertThat(state.rank()).isEqualTo(3);
        assertThat(state.levelName().in(java.util.Locale.ENGLISH)).isEqualTo("Leads");
        // Levels are cumulative: the latest evidence behind level 3 is today's approval, not the milestone.
        assertThat(state.since()).isEqualTo(LocalDate.now(org.kasang.common.Cambodia.ZONE));
    }

    @Test
    void rebuilding_from_the_log_gives_the_derived_state() {
        approvePlan(504);
        complete(woman, cbo);
        signInAs(coach);
        long district = milestones.report(report(GovernmentLevel.PROVINCIAL, "photo.png", png()));
        assessments.record(cbo, AssessmentRound.BASELINE, LocalDate.now().minusDays(3), Map.of(areaId, 4));
        signInAs(admin);
        milestones.verify(district);
        List<CapacityState> derived = states.levels(cbo);
        assertThat(derived).filteredOn(s -> s.areaId() == areaId).extracting(CapacityState::rank).containsExactly(2);

        // The cache is garbled: a wrong level, and another CBO's row lost.
        jdbc.sql("update cbo_capacity set level_rank = 7, since = date '2001-01-01' where cbo_id = ?").param(cbo).update();
        assertThat(states.levels(cbo)).isNotEqualTo(derived);
        states.rebuild();
        assertThat(states.levels(cbo)).isEqualTo(derived);
        jdbc.sql("delete from cbo_capacity where cbo_id = ?").param(cbo).update();
        states.rebuild();
        assertThat(states.levels(cbo)).isEqualTo(derived);
    }

    @Test
    void withdrawing_evidence_lowers_the_level_and_keeps_the_entry() {
        approvePlan(505);
        signInAs(admin);
        assertThat(level()).isEqualTo(1);
        long id = states.evidence(cbo, PageRequest.of(0, 10)).getContent().get(0).evidence().id();
        assertThatThrownBy(() -> states.withdraw(id, " ")).isInstanceOf(InvalidInput.class);
        states.withdraw(id, "Approved by mistake");
        assertThat(level()).isZero();
        assertThat(states.evidence(cbo, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(entry -> assertThat(entry.evidence().withdrawn()).isTrue());
    }

    @Test
    void tika_refuses_a_fake_pdf_and_nothing_is_kept() {
        signInAs(coach);
        assertThatThrownBy(() -> milestones.report(report(GovernmentLevel.COMMUNE, "proof.pdf",
                "not really a pdf".getBytes())))
                .isInstanceOf(InvalidInput.class).hasMessage("attachment.error.mismatch");
        assertThatThrownBy(() -> milestones.report(report(GovernmentLevel.COMMUNE, "proof.pdf", png())))
                .isInstanceOf(InvalidInput.class);
        assertThat(milestones.ofCbo(cbo)).isEmpty();
    }

    @Test
    void a_milestone_cannot_be_in_the_future_or_without_proof() {
        signInAs(coach);
        var future = new MilestoneReport(cbo, MilestoneKind.ADVOCATED, GovernmentLevel.COMMUNE,
                LocalDate.now().plusDays(2), "Roads", "Commune council", List.of(new ProofFile("photo.png", png())));
        assertThatThrownBy(() -> milestones.report(future)).hasMessage("milestone.error.date");
        var noProof = new MilestoneReport(cbo, MilestoneKind.ADVOCATED, GovernmentLevel.COMMUNE,
                LocalDate.now(), "Roads", "Commune council", List.of());
        assertThatThrownBy(() -> milestones.report(noProof)).hasMessage("milestone.error.proof");
    }

    @Test
    void another_coach_cannot_report_or_verify_for_a_cbo_not_theirs_nor_the_reporter_their_own() {
        SignedInUser stranger = fixtures.coachOf(fixtures.cbo("Elsewhere"));
        signInAs(stranger);
        assertThatThrownBy(() -> milestones.report(report(GovernmentLevel.COMMUNE, "photo.png", png())))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(coach);
        long id = milestones.report(report(GovernmentLevel.COMMUNE, "photo.png", png()));
        assertThatThrownBy(() -> milestones.verify(id)).isInstanceOf(AccessDeniedException.class);
        signInAs(stranger);
        assertThatThrownBy(() -> milestones.verify(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestones.file(id, "photo.png")).isInstanceOf(AccessDeniedException.class);
        assertThat(milestones.waiting(PageRequest.of(0, 10)).getContent()).isEmpty();
        signInAs(secondCoach);
        assertThat(milestones.file(id, "photo.png")).hasValue(png());
        assertThat(milestones.waiting(PageRequest.of(0, 10)).getContent()).extracting(Milestone::id).contains(id);
        milestones.reject(id, "The photo shows another meeting");
        assertThat(milestones.ofCbo(cbo)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MilestoneStatus.REJECTED);
            assertThat(m.note()).isEqualTo("The photo shows another meeting");
        });
        assertThat(states.evidence(cbo, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void self_assessment_shows_the_change_and_a_rescore_withdraws_the_old_evidence() {
        signInAs(coach);
        assessments.record(cbo, AssessmentRound.BASELINE, LocalDate.now().minusDays(30), Map.of(areaId, 2));
        assessments.record(cbo, AssessmentRound.MIDLINE, LocalDate.now().minusDays(2), Map.of(areaId, 3));
        assessments.record(cbo, AssessmentRound.MIDLINE, LocalDate.now().minusDays(1), Map.of(areaId, 4));
        AreaScores scores = assessments.scores(cbo).stream().filter(s -> s.areaId() == areaId).findFirst().orElseThrow();
        assertThat(scores.baseline()).isEqualTo(2);
        assertThat(scores.midline()).isEqualTo(4);
        assertThat(scores.endline()).isNull();
        assertThat(scores.change()).isEqualTo(2);
        List<Evidence> log = states.evidence(cbo, PageRequest.of(0, 10)).stream().map(EvidenceEntry::evidence).toList();
        assertThat(log).hasSize(3);
        assertThat(log).filteredOn(Evidence::withdrawn).singleElement()
                .satisfies(e -> assertThat(e.number("score")).isEqualTo(3));
        assertThatThrownBy(() -> assessments.record(cbo, AssessmentRound.ENDLINE, LocalDate.now(), Map.of(areaId, 6)))
                .hasMessage("assessment.error.score");
    }

    @Test
    void recommendations_are_the_courses_of_the_weakest_area_not_done_by_most_members() {
        signInAs(admin);
        String weakCode = code + "-w";
        long weak = areas.save(new CapacityArea(null, weakCode, "Finance", "ហិរញ្ញវត្ថុ", null, null,
                List.of("advocacy-planning"), List.of(new AreaLevel(1, "Basic", "មូលដ្ឋាន",
                Rule.allOf(new Criterion.SelfAssessment(weakCode, 4))))));
        signInAs(coach);
        assessments.record(cbo, AssessmentRound.BASELINE, LocalDate.now(), Map.of(areaId, 3, weak, 1));
        assertThat(assessments.recommendations(cbo)).extracting(c -> c.id()).containsExactly("advocacy-planning");
        assessments.record(cbo, AssessmentRound.MIDLINE, LocalDate.now(), Map.of(areaId, 2, weak, 4));
        assertThat(assessments.recommendations(cbo)).extracting(c -> c.id()).containsExactly("budget-literacy");
        // Both members completed budget literacy: nothing left to recommend in that area.
        complete(woman, cbo);
        complete(otherWoman, cbo);
        signInAs(coach);
        assertThat(assessments.recommendations(cbo)).isEmpty();
    }

    private int level() {
        return states.levels(cbo).stream().filter(s -> s.areaId() == areaId).findFirst().orElseThrow().rank();
    }

    private long submission(long n) {
        return cbo * 1000 + n;
    }

    private void approvePlan(long n) {
        signInAs(coach);
        transactions.executeWithoutResult(tx -> events.publishEvent(new SubmissionApproved(submission(n),
                woman.personId(), cbo, "advocacy-planning", PLAN, coach.personId(), Instant.now())));
    }

    private void complete(SignedInUser learner, Long cboId) {
        signInAs(learner);
        transactions.executeWithoutResult(tx -> events.publishEvent(new CourseCompleted(learner.personId(),
                "budget-literacy", 1, cboId, Mode.SELF, Instant.now())));
    }

    private MilestoneReport report(GovernmentLevel level, String name, byte[] bytes) {
        return new MilestoneReport(cbo, MilestoneKind.ADVOCATED, level, LocalDate.now().minusDays(2),
                "School bus for Village 3", "Commune council", List.of(new ProofFile(name, bytes)));
    }

    static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
