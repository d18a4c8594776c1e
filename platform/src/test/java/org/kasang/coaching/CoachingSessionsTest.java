package org.kasang.coaching;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.common.InvalidInput;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoachingSessionsTest extends IntegrationTest {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    JdbcClient jdbc;

    long cbo;
    SignedInUser coach;
    SignedInUser member;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void coachWithACbo() {
        cbo = fixtures.cbo("Sessions CBO");
        member = fixtures.learner(cbo, "Chea Sophal");
        coach = fixtures.coachOf(cbo);
        signInAs(coach);
    }

    private NewSession visit(LocalDate on, List<String> topics, Set<Long> present, List<NewSession.NewAction> actions) {
        return new NewSession(cbo, SessionKind.FIELD_VISIT, on, topics, "Met at the pagoda", present, actions, null, null);
    }

    @Test
    void a_cbos_history_is_newest_first_with_who_was_present() {
        sessions.log(visit(today.minusDays(7), List.of("Budget calendar"), Set.of(), List.of()));
        sessions.log(visit(today.minusDays(1), List.of("Commune plan", " "), Set.of(member.personId()), List.of()));

        var history = sessions.history(cbo, PageRequest.of(0, 10)).getContent();
        assertThat(history).extracting(CoachingSession::heldOn).containsExactly(today.minusDays(1), today.minusDays(7));
        assertThat(history.get(0).topics()).containsExactly("Commune plan");
        assertThat(history.get(0).present()).isEqualTo(1);
        assertThat(history.get(0).coachName()).isEqualTo(coach.displayName());
    }

    @Test
    void bad_sessions_are_refused_and_nothing_is_stored() {
        long other = fixtures.cbo("Sessions other");
        SignedInUser stranger = fixtures.learner(other, "Men Rathana");
        signInAs(coach);

        assertThatThrownBy(() -> sessions.log(visit(today.plusDays(1), List.of("Plan"), Set.of(), List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("session.error.date");
        assertThatThrownBy(() -> sessions.log(visit(today, List.of(" "), Set.of(), List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("session.error.topics");
        assertThatThrownBy(() -> sessions.log(visit(today, List.of("Plan"), Set.of(stranger.personId()), List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("session.error.not-member");
        assertThatThrownBy(() -> sessions.log(visit(today, List.of("Plan"), Set.of(),
                List.of(new NewSession.NewAction("Call the commune", "", today)))))
                .isInstanceOf(InvalidInput.class).hasMessage("session.error.action");
        assertThatThrownBy(() -> sessions.log(new NewSession(cbo, SessionKind.FACILITATED, today, List.of("Lesson 1"),
                null, Set.of(member.personId()), List.of(), null, List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("session.error.lessons");
        assertThat(sessions.history(cbo, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void overdue_actions_are_the_coachs_own_cbos_only_and_leave_when_done() {
        sessions.log(visit(today.minusDays(3), List.of("Plan"), Set.of(), List.of(
                new NewSession.NewAction("Ask the commune for the budget", "Sophal", today.minusDays(1)),
                new NewSession.NewAction("Share the minutes", "Coach", today.plusDays(3)))));
        SignedInUser otherCoach = fixtures.coachOf(fixtures.cbo("Sessions elsewhere"));

        var overdue = sessions.overdue(PageRequest.of(0, 10)).getContent();
        assertThat(overdue).extracting(FollowUpAction::description).containsExactly("Ask the commune for the budget");

        signInAs(otherCoach);
        assertThat(sessions.overdue(PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> sessions.markDone(overdue.get(0).id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.history(cbo, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

        signInAs(coach);
        sessions.markDone(overdue.get(0).id());
        assertThat(sessions.overdue(PageRequest.of(0, 10))).isEmpty();
        assertThat(sessions.history(cbo, PageRequest.of(0, 10)).getContent().get(0).openActions()).isEqualTo(1);
    }
}
