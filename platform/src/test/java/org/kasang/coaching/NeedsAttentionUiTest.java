package org.kasang.coaching;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.QuizKey;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Work;
import org.kasang.catalogue.CatalogueService;
import org.kasang.coaching.ui.CoachHomeView;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach's home lists what to act on, each with the way there; another coach's CBOs never show. */
class NeedsAttentionUiTest extends KaribuTest {

    static final String COURSE = "budget-literacy";
    static final String FINAL = COURSE + "/budget-cycle-final";

    @Autowired
    LearningService learning;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuizKey quizKey;
    @Autowired
    JdbcClient jdbc;

    @Test
    void help_waiting_stalled_and_failing_members_and_late_reviews_show_with_where_to_act() {
        long cbo = fixtures.cbo("Attention CBO");
        SignedInUser asking = fixtures.learner(cbo, "Nget Sreyka");
        SignedInUser stalled = fixtures.learner(cbo, "Mao Rithy");
        SignedInUser failing = fixtures.learner(cbo, "Phan Sokun");
        SignedInUser planning = fixtures.learner(cbo, "Yim Chanda");
        SignedInUser coach = fixtures.coachOf(cbo);
        SignedInUser otherCoach = fixtures.coachOf(fixtures.cbo("Someone else's attention CBO"));

        signInAs(asking);
        learning.askForHelp(COURSE, COURSE + "/budget-calendar", null, "What is the indicative amount?");
        signInAs(stalled);
        learning.enrol("gender-budgeting");
        jdbc.sql("update course_state set last_activity_at = now() - interval '20 days' where person_id = ?")
                .param(stalled.personId()).update();
        signInAs(failing);
        learning.submitQuiz(COURSE, FINAL, "one", quizKey.wrongAnswers(FINAL));
        learning.submitQuiz(COURSE, FINAL, "two", quizKey.wrongAnswers(FINAL));
        signInAs(planning);
        long plan = assignments.submit(Work.PLAN, Work.plan()).id();
        jdbc.sql("update submission set submitted_at = now() - interval '9 days' where id = ?").param(plan).update();

        login(coach);
        navigate("coach");
        Details panel = _get(_get(CoachHomeView.class), Details.class);
        assertThat(panel.isOpened()).isTrue();
        List<String> lines = _find(panel, Div.class, spec -> spec.withClasses("kasang-attention-line")).stream()
                .map(line -> _get(line, Span.class).getText()).toList();
        String cboName = jdbc.sql("select name from cbo where id = ?").param(cbo).query(String.class).single();
        String finalQuiz = catalogue.quiz(FINAL).title().in(Locale.ENGLISH);
        assertThat(lines).contains(
                cboName + ": 1 help requests waiting",
                cboName + ": \"Your CBO's advocacy action plan\" has waited 9 days for your review",
                "Phan Sokun (" + cboName + ") has not passed \"" + finalQuiz + "\" after 2 attempts",
                "Mao Rithy (" + cboName + ") has done nothing in \""
                        + catalogue.course("gender-budgeting").title().in(Locale.ENGLISH) + "\" for 20 days");
        assertThat(panel.getSummaryText()).isEqualTo("Needs attention (" + lines.size() + ")");

        login(otherCoach);
        navigate("search");
        navigate("coach");
        Details theirs = _get(_get(CoachHomeView.class), Details.class);
        assertThat(theirs.getSummaryText()).isEqualTo("Needs attention (0)");
        _get(theirs, Span.class, spec -> spec.withText("Nothing needs your attention now."));
    }
}
