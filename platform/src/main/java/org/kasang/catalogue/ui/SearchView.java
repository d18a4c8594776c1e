package org.kasang.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.kasang.catalogue.SearchHit;
import org.kasang.documents.TextMatch;
import org.kasang.security.CurrentUser;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.kasang.catalogue.SearchService;
import org.springframework.data.domain.PageRequest;

/** Finds lessons by words in English or Khmer; each result opens its lesson. Lazy and paged. */
@Route("search")
@PermitAll
public class SearchView extends VerticalLayout implements HasDynamicTitle {

    final TextField query = new TextField();
    final Grid<SearchHit> results = new Grid<>();
    final Div handouts = new Div();
    private final SearchService search;

    private final SignedInUser user;

    public SearchView(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.user = currentUser.require();
        addClassName("kasang-page");
        setSizeFull();
        query.setLabel(getTranslation("search.label"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setAutofocus(true);
        query.setWidthFull();
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> refresh());

        results.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // One column of small blocks: a phone has no room for four columns of text.
        results.addComponentColumn(this::result).setHeader(getTranslation("search.results")).setKey("result");
        results.setItems(q -> search.search(query.getValue(), getLocale(),
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        results.setEmptyStateText(getTranslation("search.hint"));
        results.setWidthFull();

        handouts.addClassName("kasang-handout-hits");
        add(new H2(getTranslation("search.title")), query, handouts, results);
        expand(results);
    }

    private void refresh() {
        String words = query.getValue().strip();
        boolean tooShort = words.codePointCount(0, words.length()) < SearchService.SHORTEST_QUERY;
        results.setEmptyStateText(getTranslation(tooShort ? "search.hint" : "search.nothing"));
        results.getDataProvider().refreshAll();
        handouts.removeAll();
        for (TextMatch match : search.searchHandouts(words, 5)) {
            Span name = new Span(getTranslation("search.in-handout", match.fileName()));
            name.addClassName("kasang-card-title");
            Div hit = new Div(name, new Paragraph(match.snippet()));
            hit.addClassName("kasang-card");
            handouts.add(hit);
        }
    }

    private Component result(SearchHit hit) {
        RouterLink lesson = new RouterLink();
        lesson.setText(hit.lessonTitle().in(getLocale()));
        // Learners open the lesson (learning's page, linked by path: the catalogue may not depend on it);
        // trainers and admins open the course preview; others read the result where it is.
        if (user.has(Role.LEARNER)) {
            lesson.getElement().setAttribute("href", "learn/" + hit.courseId() + "/lesson/" + hit.localLessonId());
        } else if (user.has(Role.TRAINER) || user.has(Role.ADMIN)) {
            lesson.getElement().setAttribute("href", "trainer/courses/" + hit.courseId() + "/preview");
        }
        lesson.addClassName("kasang-card-title");
        Span where = new Span(getTranslation("search.found-in", getTranslation("search.where." + hit.where()),
                hit.courseTitle().in(getLocale())));
        where.addClassName("kasang-muted");
        VerticalLayout result = new VerticalLayout(lesson, where, new Span(hit.snippet()));
        result.setPadding(false);
        result.setSpacing(false);
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
