package org.kasang.coaching;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Decision;
import org.kasang.assignments.ReviewService;
import org.kasang.assignments.Work;
import org.kasang.assignments.ui.ReviewView;
import org.kasang.coaching.ui.MemberLearningView;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach's member page shows handed-in work with its review state and an honest estimate of time spent. */
class MemberDetailUiTest extends KaribuTest {

    static final String COURSE = "budget-literacy";
    static final String LESSON = COURSE + "/what-is-a-commune-budget";

    @Autowired
    LearningService learning;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coach_sees_the_members_work_and_time_spent_and_another_coach_is_denied() {
        long cbo = fixtures.cbo("Member work UI CBO");
        SignedInUser member = fixtures.learner(cbo, "Chan Sophea");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(member);
        learning.open(COURSE, LESSON);
        learning.completeLesson(COURSE, LESSON);
        jdbc.sql("update learning_record set occurred_at = occurred_at - interval '25 minutes' where person_id = ? and verb = 'LAUNCHED'")
                .param(member.personId()).update();
        long plan = assignments.submit(Work.PLAN, Work.plan()).id();
        long worksheet = assignments.submit(Work.WORKSHEET, Work.worksheet()).id();
        signInAs(coach);
        reviews.review(plan, Work.planScores("developing"), "Say who does what.", Decision.RETURNED);

        login(coach);
        navigate("coach/cbo/" + cbo + "/member/" + member.personId());
        _get(MemberLearningView.class);
        _get(Span.class, spec -> spec.withText("Time spent learning: 25 min"));
        _get(Span.class, spec -> spec.withText(
                "Estimated from activity; pauses over 30 minutes not counted. Lessons done in a facilitated session count their estimated time."));
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(text -> text.endsWith(" · 25 min"));

        RouterLink planLink = _get(RouterLink.class, spec -> spec.withText("Your CBO's advocacy action plan"));
        assertThat(planLink.getElement().getAttribute("href")).isEqualTo("coach/reviews/" + plan);
        _get(RouterLink.class, spec -> spec.withText("Read your commune's budget"));
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anyMatch(text -> text.contains("revision 1, handed in") && text.contains("last review: returned for revision"));
        _get(Span.class, spec -> spec.withText("Revise and resubmit"));
        _get(Span.class, spec -> spec.withText("Waiting for review"));
        navigate("coach/reviews/" + worksheet);
        _get(ReviewView.class);

        login(fixtures.coachOf(fixtures.cbo("Not Chan Sophea's CBO")));
        navigate("coach/cbo/" + cbo + "/member/" + member.personId());
        _get(AccessDeniedView.class);
        _assertNone(MemberLearningView.class);
    }
}
