package org.kasang.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.coaching.CoachingService;
import org.kasang.learning.LearningService;
import org.kasang.learning.ProgressQueries;
import org.kasang.organisations.Cbo;
import org.kasang.organisations.CboForm;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule of who sees what, tried by someone who should not pass it. */
class ScopeTest extends IntegrationTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    MemberService members;
    @Autowired
    CoachingService coaching;
    @Autowired
    ProgressQueries progress;
    @Autowired
    LearningService learning;

    long mine;
    long theirs;
    SignedInUser coach;
    SignedInUser learnerInTheirs;

    @BeforeEach
    void twoCoachesTwoCbos() {
        mine = fixtures.cbo("Scope mine");
        theirs = fixtures.cbo("Scope theirs");
        coach = fixtures.coachOf(mine);
        fixtures.coachOf(theirs);
        learnerInTheirs = fixtures.learner(theirs, "Sor Theary");
    }

    @Test
    void coach_sees_only_assigned_cbos() {
        signInAs(coach);
        List<Long> seen = organisations.cbos("Scope", PageRequest.of(0, 500)).map(Cbo::getId).toList();
        assertThat(seen).contains(mine).doesNotContain(theirs);
        assertThat(coaching.myCbos(org.kasang.coaching.CboList.all(), PageRequest.of(0, 50)).getContent())
                .extracting(row -> row.cbo().getId()).containsExactly(mine);
    }

    @Test
    void coach_cannot_read_another_coachs_cbo_or_its_members() {
        signInAs(coach);
        assertThatThrownBy(() -> organisations.cbo(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.members(theirs, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.members(theirs, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.memberStates(theirs, List.of(learnerInTheirs.personId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(progress.courseCounts(List.of(theirs))).isEmpty();
        assertThat(members.countMembers(List.of(theirs))).isEmpty();
    }

    @Test
    void coach_loses_access_when_the_assignment_ends() {
        long former = fixtures.cbo("Scope former");
        fixtures.assign(coach, former, LocalDate.now().minusMonths(3), LocalDate.now().minusDays(1));
        signInAs(coach);
        assertThatThrownBy(() -> organisations.cbo(former)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.cbos("Scope former", PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void coach_cannot_change_cbos() {
        signInAs(coach);
        assertThatThrownBy(() -> organisations.updateCbo(mine, CboForm.blank())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void learner_reads_only_their_own_learning() {
        SignedInUser other = fixtures.learner(mine, "Prak Sophea");
        signInAs(learnerInTheirs);
        learning.enrol("budget-literacy");
        signInAs(other);
        assertThat(learning.progress("budget-literacy").enrolled()).isFalse();
        assertThat(learning.myCourses()).isEmpty();
        assertThatThrownBy(() -> progress.courseCounts(List.of(theirs))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.cbos("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.currentCboOf(learnerInTheirs.personId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainer_manages_courses_but_sees_no_people() {
        SignedInUser trainer = fixtures.staff("Trainer scope", Role.TRAINER);
        signInAs(trainer);
        assertThatThrownBy(() -> coaching.myCbos(org.kasang.coaching.CboList.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.members(mine, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.enrol("budget-literacy")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admin_sees_every_cbo() {
        signInAs(fixtures.staff("Admin scope", Role.ADMIN));
        assertThat(organisations.cbos("Scope", PageRequest.of(0, 500)).map(Cbo::getId).toList()).contains(mine, theirs);
        assertThat(members.members(theirs, PageRequest.of(0, 10)).getContent()).hasSize(1);
    }
}
