package org.kasang.assignments;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.assignments.ui.ReviewView;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.assignments.Work.PLAN;

/** The review page names whose work it is and where from, and shows earlier reviews with what they judged. */
class ReviewPageUiTest extends KaribuTest {

    static final String FIRST = "Main target: the commune chief. Allies: the school director, women's group.";
    static final String SECOND = "Main target: the commune chief. Allies: the school director and the monk.";

    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;

    @Test
    void the_coach_sees_member_and_cbo_and_the_first_review_shows_the_first_answers() {
        long cbo = fixtures.cbo("Review page CBO");
        SignedInUser learner = fixtures.learner(cbo, "Ros Kanha");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(learner);
        long id = assignments.submit(PLAN, Work.plan()).id();
        signInAs(coach);
        reviews.review(id, Work.planScores("developing"), "Name the allies you will meet first.", Decision.RETURNED);
        signInAs(learner);
        Map<String, String> revised = new LinkedHashMap<>(Work.plan());
        revised.put("targets-and-allies", SECOND);
        assignments.submit(PLAN, revised);

        login(coach);
        navigate("coach/reviews/" + id);
        _get(ReviewView.class);
        String cboName = reviews.submission(id, java.util.Locale.ENGLISH).cboName();
        _get(Paragraph.class, spec -> spec.withText("Ros Kanha · " + cboName));
        _get(H3.class, spec -> spec.withText("Earlier reviews"));
        _get(H3.class, spec -> spec.withText("Review of revision 1"));
        Details reviewed = _get(Details.class, spec -> spec.withClasses("kasang-reviewed-answers"));
        assertThat(reviewed.getSummaryText()).isEqualTo("What was reviewed (revision 1)");
        assertThat(_find(reviewed, Paragraph.class).stream().map(Paragraph::getText)).contains(FIRST).doesNotContain(SECOND);
        // The current answers, above, are the revised ones.
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("kasang-answer-text")).stream().map(Paragraph::getText))
                .contains(FIRST, SECOND);
    }
}
