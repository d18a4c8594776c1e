package org.kasang.catalogue.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CourseDraftService;
import org.kasang.catalogue.internal.MarkdownRenderer;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;

/** The whole draft as a learner will read it: every lesson rendered, every quiz question, in order. */
@Route("trainer/courses/:courseId/preview")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CoursePreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseDraftService drafts;
    private final MarkdownRenderer renderer;
    private String title = "";

    public CoursePreviewView(CourseDraftService drafts, MarkdownRenderer renderer) {
        this.drafts = drafts;
        this.renderer = renderer;
        addClassNames("kasang-page", "kasang-lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElseThrow();
        DraftModel model = new DraftModel(drafts.files(courseId));
        String language = model.languages().contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        title = model.manifest().title().in(getLocale());
        removeAll();
        add(new RouterLink(getTranslation("preview.back"), CourseEditorView.class, new RouteParameters("courseId", courseId)),
                new H2(getTranslation("preview.title", title)), new Paragraph(model.manifest().summary().in(getLocale())));
        for (PackageManifest.Module module : model.modules()) {
            add(new H3(module.title().in(getLocale())));
            for (PackageManifest.Lesson lesson : module.lessons()) {
                add(new H4(lesson.title().in(getLocale())),
                        new Html("<div class=\"kasang-lesson-body\">" + renderer.toSafeHtml(model.lessonText(lesson, language)) + "</div>"));
            }
            if (module.quiz() != null && model.files().containsKey(module.quiz())) {
                addQuiz(PackageYaml.read(model.files().get(module.quiz()), PackageManifest.Quiz.class));
            }
        }
    }

    private void addQuiz(PackageManifest.Quiz quiz) {
        add(new H4(quiz.title().in(getLocale())), new Paragraph(getTranslation("quiz.pass-mark", quiz.passMark())));
        OrderedList questions = new OrderedList();
        for (PackageManifest.Question question : quiz.questions()) {
            ListItem item = new ListItem(question.prompt().in(getLocale()));
            OrderedList options = new OrderedList();
            options.setType(OrderedList.NumberingType.LOWERCASE_LETTER);
            question.options().forEach(option -> options.add(new ListItem(option.text().in(getLocale()))));
            item.add(options);
            questions.add(item);
        }
        add(questions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preview.title", title);
    }
}
