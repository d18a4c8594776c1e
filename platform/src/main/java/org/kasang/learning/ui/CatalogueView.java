package org.kasang.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.learning.CourseProgress;
import org.kasang.learning.LearningService;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Published courses a learner can take, filtered by topic and language, with the time each takes. */
@Route("learn/courses")
@RolesAllowed("LEARNER")
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private static final String ANY = "";

    private final LearningService learning;
    private final List<CourseSummary> courses;
    private final Map<String, CourseProgress> mine;
    private final Select<String> topic = new Select<>();
    private final Select<String> language = new Select<>();
    private final Div cards = new Div();

    public CatalogueView(LearningService learning, CatalogueService catalogue) {
        this.learning = learning;
        this.courses = catalogue.publishedCourses();
        this.mine = learning.myCourses().stream().collect(Collectors.toMap(CourseProgress::courseId, Function.identity()));
        addClassName("kasang-page");

        topic.setLabel(getTranslation("catalogue.topic"));
        topic.setItems(concat(ANY, courses.stream().map(CourseSummary::topic).distinct().sorted().toList()));
        topic.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("catalogue.any-topic") : getTranslation("topic." + t));
        topic.setValue(ANY);
        language.setLabel(getTranslation("catalogue.language"));
        language.setItems(concat(ANY, courses.stream().flatMap(c -> languages(c).stream()).distinct().sorted().toList()));
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("catalogue.any-language") : getTranslation("language." + l));
        language.setValue(ANY);
        topic.addValueChangeListener(e -> show());
        language.addValueChangeListener(e -> show());
        FlexLayout filters = new FlexLayout(topic, language);
        filters.addClassName("kasang-filters");
        cards.addClassName("kasang-cards");
        add(new H2(getTranslation("catalogue.title")), filters, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        var shown = courses.stream()
                .filter(c -> topic.getValue() == null || topic.getValue().isEmpty() || c.topic().equals(topic.getValue()))
                .filter(c -> language.getValue() == null || language.getValue().isEmpty()
                        || languages(c).contains(language.getValue()))
                .toList();
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalogue.none")));
        }
        shown.forEach(course -> cards.add(card(course)));
    }

    private Div card(CourseSummary course) {
        Div card = new Div();
        card.addClassName("kasang-card");
        Span title = new Span(course.title().in(getLocale()));
        title.addClassName("kasang-card-title");
        Span facts = new Span(String.join(" · ", getTranslation("topic." + course.topic()),
                languages(course).stream().map(l -> getTranslation("language." + l)).collect(Collectors.joining(", ")),
                getTranslation("learn.minutes", course.estimatedMinutes())));
        facts.addClassName("kasang-muted");
        card.add(title, facts, new Paragraph(course.summary().in(getLocale())));
        CourseProgress progress = mine.get(course.id());
        Button action;
        if (progress != null) {
            card.add(new CourseProgressBar(progress));
            action = new Button(getTranslation("catalogue.open"), click -> open(course));
        } else {
            action = new Button(getTranslation("learn.enrol"), click -> {
                learning.enrol(course.id());
                open(course);
            });
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        action.setDisableOnClick(true);
        action.setId("catalogue-open-" + course.id());
        card.add(action);
        return card;
    }

    private void open(CourseSummary course) {
        getUI().ifPresent(ui -> ui.navigate(LearningRoutes.course(course.id())));
    }

    private static List<String> languages(CourseSummary course) {
        return Arrays.stream(course.languages().split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new java.util.ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
