package org.kasang.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.learning.CourseProgress;
import org.kasang.learning.LearningService;

import java.util.Set;
import java.util.stream.Collectors;

/** The learner's home: courses under way with their progress, then courses they can start. */
@Route("learn")
@RolesAllowed("LEARNER")
public class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    public MyLearningView(LearningService learning, CatalogueService catalogue) {
        addClassName("kasang-page");
        add(new H2(getTranslation("learn.title")));
        var mine = learning.myCourses();
        Set<String> enrolled = mine.stream().map(CourseProgress::courseId).collect(Collectors.toSet());
        if (!mine.isEmpty()) {
            add(new H3(getTranslation("learn.my-courses")));
            for (CourseProgress progress : mine) {
                add(card(catalogue.course(progress.courseId()), progress));
            }
        }
        var available = catalogue.publishedCourses().stream().filter(c -> !enrolled.contains(c.id())).toList();
        if (!available.isEmpty()) {
            add(new H3(getTranslation("learn.available")));
            for (CourseSummary course : available) {
                Button enrol = new Button(getTranslation("learn.enrol"), click -> {
                    learning.enrol(course.id());
                    getUI().ifPresent(ui -> ui.navigate(LearningRoutes.course(course.id())));
                });
                enrol.setDisableOnClick(true);
                enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Div card = card(course, null);
                card.add(enrol);
                add(card);
            }
        }
    }

    private Div card(CourseSummary course, CourseProgress progress) {
        Div card = new Div();
        card.addClassName("kasang-card");
        RouterLink title = new RouterLink(course.title().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", course.id()));
        title.addClassName("kasang-card-title");
        card.add(title);
        card.add(new Paragraph(course.summary().in(getLocale())));
        card.add(new Span(getTranslation("learn.minutes", course.estimatedMinutes())));
        if (progress != null) {
            card.add(new CourseProgressBar(progress));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learn.title");
    }
}
