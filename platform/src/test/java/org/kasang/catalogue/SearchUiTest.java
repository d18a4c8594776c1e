package org.kasang.catalogue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.ui.SearchView;
import org.kasang.learning.ui.LessonView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A learner finds a lesson by a word in it and opens it from the results. */
class SearchUiTest extends KaribuTest {

    @BeforeEach
    void learner() {
        login(fixtures.learner(fixtures.cbo("Search UI CBO"), "Heng Sreyleak"));
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Search");
        navigate("search");
        _get(SearchView.class);
    }

    @Test
    void a_learner_types_words_sees_the_lesson_they_are_in_and_opens_it() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Words to look for")), "Commune/Sangkat Fund");

        Component first = GridKt._getCellComponent(results(), 0, "result");
        RouterLink lesson = _get(first, RouterLink.class);
        assertThat(lesson.getText()).isEqualTo("The Commune/Sangkat Fund");
        assertThat(_find(first, Span.class).stream().map(Span::getText))
                .contains("Lesson in Budget literacy: the commune budget cycle")
                .anyMatch(snippet -> snippet.contains("Commune/Sangkat Fund"));

        RouterLinkKt._click(lesson);
        _get(LessonView.class);
        _get(H2.class, spec -> spec.withText("The Commune/Sangkat Fund"));
    }

    @Test
    void one_letter_shows_no_results_but_a_hint() {
        _setValue(_get(TextField.class), "a");

        assertThat(GridKt._size(results())).isZero();
        assertThat(results().getEmptyStateText()).isEqualTo("Type at least two letters to search all lessons.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<SearchHit> results() {
        return _get(Grid.class);
    }
}
