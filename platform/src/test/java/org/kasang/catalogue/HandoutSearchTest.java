package org.kasang.catalogue;

import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.SamplePdf;
import org.kasang.catalogue.ui.SearchView;
import org.kasang.documents.AttachmentService;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A search finds words inside handouts too, and says it was a handout; scoped like lessons. */
class HandoutSearchTest extends KaribuTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    SearchService search;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_word_in_a_handout_is_found_and_shown_as_a_handout() throws IOException {
        String word = "Waterusers" + UUID.randomUUID().toString().substring(0, 6);
        signInAs(fixtures.staff("Handout trainer", Role.TRAINER));
        attachments.store("budget-literacy", "handouts/" + word + ".pdf", SamplePdf.of("Meeting of the " + word + " group in Kratie"));

        var learner = fixtures.learner(fixtures.cbo("Handout CBO"), "Mean Sopheap");
        login(learner);
        assertThat(search.searchHandouts(word, 5)).singleElement()
                .satisfies(match -> assertThat(match.snippet()).contains(word + " group in Kratie"));

        navigate("search");
        _get(SearchView.class);
        _get(com.vaadin.flow.component.textfield.TextField.class).setValue(word);
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Handout: " + word + ".pdf"));
    }

    @Test
    void handouts_of_courses_outside_the_catalogue_stay_hidden_from_learners() throws IOException {
        String word = "Archived" + UUID.randomUUID().toString().substring(0, 6);
        signInAs(fixtures.staff("Hidden trainer", Role.TRAINER));
        attachments.store("sustaining-a-cbo", "handouts/" + word + ".pdf", SamplePdf.of(word + " handout"));
        jdbc.sql("update course set published = false where id = 'sustaining-a-cbo'").update();
        try {
            assertThat(search.searchHandouts(word, 5)).hasSize(1);
            signInAs(fixtures.learner(fixtures.cbo("Hidden CBO"), "Kong Dara"));
            assertThat(search.searchHandouts(word, 5)).isEmpty();
        } finally {
            jdbc.sql("update course set published = true where id = 'sustaining-a-cbo'").update();
        }
    }

}
