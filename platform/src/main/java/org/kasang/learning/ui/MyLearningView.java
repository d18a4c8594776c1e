package org.kasang.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.learning.CourseProgress;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.Certificates;
import org.kasang.learning.LearnerWork;
import org.kasang.learning.LearningService;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.component.html.Span;
import org.kasang.security.AccountService;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The learner's home: courses under way, courses completed with their certificates, the data-saver setting,
 * and the way to the catalogue.
 */
@Route("learn")
@RolesAllowed("LEARNER")
public class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    public MyLearningView(LearningService learning, CatalogueService catalogue, AccountService accounts,
                          ObjectProvider<LearnerWork> work, Certificates certificates) {
        addClassName("kasang-page");
        add(new H2(getTranslation("learn.title")));

        Checkbox dataSaver = new Checkbox(getTranslation("learn.data-saver"), accounts.dataSaver());
        dataSaver.setHelperText(getTranslation("learn.data-saver.helper"));
        dataSaver.addValueChangeListener(event -> accounts.changeDataSaver(event.getValue()));
        dataSaver.setId("data-saver");

        List<CourseProgress> mine = learning.myCourses();
        Map<String, CourseSummary> courses = catalogue.publishedCourses().stream()
                .collect(Collectors.toMap(CourseSummary::id, Function.identity()));
        List<CourseProgress> underway = mine.stream().filter(p -> p.status() != CourseStatus.COMPLETED).toList();
        List<CourseProgress> completed = mine.stream().filter(p -> p.status() == CourseStatus.COMPLETED).toList();

        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("learn.nothing-yet")));
        }
        if (!underway.isEmpty()) {
            add(new H3(getTranslation("learn.my-courses")));
            underway.forEach(progress -> add(card(course(courses, catalogue, progress.courseId()), progress)));
        }
        if (!completed.isEmpty()) {
            add(new H3(getTranslation("learn.completed-courses")));
            completed.forEach(progress -> {
                Div card = card(course(courses, catalogue, progress.courseId()), progress);
                java.util.Locale locale = getLocale();
                card.add(CourseView.pdf("certificate-" + progress.courseId(), getTranslation("learn.certificate"),
                        Certificates.fileName(progress.courseId()), () -> certificates.mine(progress.courseId(), locale)));
                add(card);
            });
        }
        List<LearnerWork.Line> handedIn = work.stream().flatMap(w -> w.mine().stream()).toList();
        if (!handedIn.isEmpty()) {
            add(new H3(getTranslation("learn.my-work")));
            handedIn.forEach(line -> add(workCard(line)));
        }
        Button browse = new Button(getTranslation("learn.find-courses"),
                click -> getUI().ifPresent(ui -> ui.navigate(CatalogueView.class)));
        browse.addThemeVariants(mine.isEmpty() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        browse.setId("find-courses");
        add(browse, dataSaver);
    }

    /** A course the learner took may since have been archived: it is still theirs to see. */
    private static CourseSummary course(Map<String, CourseSummary> published, CatalogueService catalogue, String id) {
        CourseSummary course = published.get(id);
        return course != null ? course : catalogue.course(id);
    }

    private Div card(CourseSummary course, CourseProgress progress) {
        Div card = new Div();
        card.addClassName("kasang-card");
        RouterLink title = new RouterLink(course.title().in(getLocale()), CourseView.class,
                new RouteParameters("courseId", course.id()));
        title.addClassName("kasang-card-title");
        card.add(title, new CourseProgressBar(progress));
        return card;
    }

    /** An assignment handed in: where it is, and what the coach made of it. */
    private Div workCard(LearnerWork.Line line) {
        Div card = new Div();
        card.addClassNames("kasang-card", "kasang-work");
        RouterLink title = new RouterLink();
        title.setText(line.itemTitle().in(getLocale()));
        title.getElement().setAttribute("href", line.itemPath());
        title.addClassName("kasang-card-title");
        Span status = new Span(getTranslation(line.statusKey()));
        status.getElement().getThemeList().add("badge" + (line.needsAction() ? " contrast" : ""));
        Span course = new Span(line.courseTitle().in(getLocale()));
        course.addClassName("kasang-muted");
        card.add(title, course, status);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learn.title");
    }
}
