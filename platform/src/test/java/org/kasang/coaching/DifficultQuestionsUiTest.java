package org.kasang.coaching;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.QuizKey;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.QuizPaper;
import org.kasang.coaching.ui.DifficultQuestionsView;
import org.kasang.learning.LearningService;
import org.kasang.learning.ProgressQueries;
import org.kasang.learning.QuestionDifficulty;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The questions answered wrong most often, with the share right and the wrong answer most chosen. */
class DifficultQuestionsUiTest extends KaribuTest {

    static final String COURSE = "budget-literacy";
    static final String FINAL = COURSE + "/budget-cycle-final";

    @Autowired
    LearningService learning;
    @Autowired
    ProgressQueries progress;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuizKey quizKey;

    @Test
    void the_question_most_got_wrong_comes_first_with_its_commonest_wrong_answer() {
        long cbo = fixtures.cbo("Questions CBO");
        long other = fixtures.cbo("Questions elsewhere");
        signInAs(fixtures.staff("Questions trainer", org.kasang.security.Role.TRAINER));
        QuizPaper paper = catalogue.quiz(FINAL);
        String hard = paper.questions().get(0).id();
        Map<String, Set<String>> right = quizKey.rightAnswers(FINAL);
        Map<String, Set<String>> wrong = quizKey.wrongAnswers(FINAL);
        // Three learners: all right except the first question, which two of them get wrong the same way.
        for (int i = 0; i < 3; i++) {
            SignedInUser learner = fixtures.learner(cbo, "Questions learner " + i);
            signInAs(learner);
            Map<String, Set<String>> answers = new HashMap<>(right);
            if (i < 2) {
                answers.put(hard, wrong.get(hard));
            }
            learning.submitQuiz(COURSE, FINAL, "attempt", answers);
        }
        // A learner elsewhere, all wrong: not in this coach's figures.
        signInAs(fixtures.learner(other, "Questions elsewhere learner"));
        learning.submitQuiz(COURSE, FINAL, "attempt", wrong);

        login(fixtures.coachOf(cbo));
        List<QuestionDifficulty> rows = progress.difficultQuestions(COURSE, List.of(cbo, other));
        assertThat(rows.get(0).questionId()).isEqualTo(hard);
        assertThat(rows.get(0).answered()).isEqualTo(3);
        assertThat(rows.get(0).right()).isEqualTo(1);
        assertThat(rows.get(0).commonestWrong()).isEqualTo(wrong.get(hard));
        assertThat(rows.get(0).commonestWrongCount()).isEqualTo(2);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.percentRight()).isEqualTo(100));

        navigate("coach/questions");
        @SuppressWarnings("unchecked")
        Select<org.kasang.catalogue.CourseSummary> course = _find(_get(DifficultQuestionsView.class), Select.class).get(0);
        course.setValue(catalogue.course(COURSE));
        @SuppressWarnings("unchecked")
        Grid<QuestionDifficulty> grid = _get(Grid.class);
        List<String> first = _getFormattedRow(grid, 0);
        String wrongText = paper.questions().get(0).options().stream()
                .filter(o -> wrong.get(hard).contains(o.id())).map(o -> o.text().in(Locale.ENGLISH)).findFirst().orElseThrow();
        assertThat(first).containsExactly(paper.questions().get(0).prompt().in(Locale.ENGLISH), "33% (1 of 3)",
                wrongText + " (2 times)");
        assertThat(_size(grid)).isEqualTo(paper.questions().size());
    }
}
