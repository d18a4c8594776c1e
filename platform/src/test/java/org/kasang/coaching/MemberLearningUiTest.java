package org.kasang.coaching;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.QuizKey;
import org.kasang.catalogue.CatalogueService;
import org.kasang.coaching.ui.MemberLearningView;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A member's learning, item by item, with quiz attempts and help requests; only for their CBO's coach. */
class MemberLearningUiTest extends KaribuTest {

    static final String COURSE = "budget-literacy";
    static final String FINAL = COURSE + "/budget-cycle-final";

    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuizKey quizKey;

    @Test
    void a_coach_reads_a_members_lessons_attempts_and_help_and_another_coach_cannot() {
        long cbo = fixtures.cbo("Member detail CBO");
        SignedInUser member = fixtures.learner(cbo, "Long Sreymao");
        signInAs(member);
        learning.completeLesson(COURSE, COURSE + "/what-is-a-commune-budget");
        learning.submitQuiz(COURSE, FINAL, "first", quizKey.wrongAnswers(FINAL));
        learning.submitQuiz(COURSE, FINAL, "second", quizKey.rightAnswers(FINAL));
        learning.askForHelp(COURSE, COURSE + "/budget-calendar", null, "What does indicative mean?");

        login(fixtures.coachOf(cbo));
        navigate("coach/cbo/" + cbo + "/member/" + member.personId());
        _get(MemberLearningView.class);
        _get(H2.class, spec -> spec.withText("Long Sreymao"));
        _get(H3.class, spec -> spec.withText(catalogue.course(COURSE).title().in(Locale.ENGLISH)));
        _get(Span.class, spec -> spec.withText("2 attempts, best 100%"));
        String quiz = catalogue.quiz(FINAL).title().in(Locale.ENGLISH);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith(quiz + ": 100%, passed"))
                .anyMatch(text -> text.startsWith(quiz + ": 0%, not passed"))
                .anyMatch(text -> text.endsWith(": What does indicative mean?"));
        assertThat(_find(Span.class, spec -> spec.withText("Needs help"))).hasSize(1);

        login(fixtures.coachOf(fixtures.cbo("Not this member's CBO")));
        navigate("coach/cbo/" + cbo + "/member/" + member.personId());
        _get(AccessDeniedView.class);
        _assertNone(MemberLearningView.class);
    }
}
