package org.kasang.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.LessonPage;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;

/** Reads one lesson; "Mark as done" records it once, however often it is pressed, and moves on. */
@Route("learn/:courseId/lesson/:itemId")
@RolesAllowed("LEARNER")
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CatalogueService catalogue;
    private String title = "";

    public LessonView(LearningService learning, CatalogueService catalogue) {
        this.learning = learning;
        this.catalogue = catalogue;
        addClassName("kasang-page");
        addClassName("kasang-lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElseThrow();
        String lessonId = LearningRoutes.fullId(courseId, event.getRouteParameters().get("itemId").orElseThrow());
        CourseOutline outline = catalogue.outline(courseId);
        LessonPage lesson = catalogue.lesson(lessonId, getLocale());
        boolean done = learning.open(courseId, lessonId) == ItemStatus.COMPLETED;
        title = lesson.title().in(getLocale());

        removeAll();
        RouterLink back = new RouterLink();
        back.setText(outline.title().in(getLocale()));
        back.getElement().setAttribute("href", LearningRoutes.course(courseId));
        Span minutes = new Span(getTranslation("learn.minutes", lesson.estimatedMinutes()));
        minutes.addClassName("kasang-muted");
        Html body = new Html("<div class=\"kasang-lesson-body\">" + lesson.html() + "</div>");
        add(back, new H2(title), minutes);
        if (lesson.audio() != null) {
            // preload none: nothing is downloaded until the learner presses play.
            Element audio = new Element("audio");
            audio.setAttribute("controls", true);
            audio.setAttribute("preload", "none");
            audio.setAttribute("src", LessonPage.filesUrl(courseId) + lesson.audio());
            Div player = new Div();
            player.getElement().appendChild(audio);
            add(player);
        }
        add(body);
        if (!lesson.handouts().isEmpty()) {
            Div handouts = new Div();
            handouts.addClassName("kasang-handouts");
            handouts.add(new Span(getTranslation("learn.handouts")));
            for (String handout : lesson.handouts()) {
                Anchor link = new Anchor(LessonPage.filesUrl(courseId) + handout, handout.substring(handout.lastIndexOf('/') + 1));
                link.getElement().setAttribute("download", true);
                link.getElement().setAttribute("router-ignore", true);
                handouts.add(link);
            }
            add(handouts);
        }
        add(navigation(courseId, outline, lessonId, done));
    }

    private HorizontalLayout navigation(String courseId, CourseOutline outline, String lessonId, boolean done) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("kasang-lesson-nav");
        outline.previous(lessonId).ifPresent(previous -> buttons.add(new Button(getTranslation("learn.previous"),
                click -> navigate(LearningRoutes.item(courseId, previous)))));
        var next = outline.next(lessonId);
        String afterwards = next.map(item -> LearningRoutes.item(courseId, item)).orElse(LearningRoutes.course(courseId));
        Button complete = new Button(getTranslation(done ? "learn.next" : "learn.mark-done"), click -> {
            learning.completeLesson(courseId, lessonId);
            navigate(afterwards);
        });
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        buttons.add(complete);
        return buttons;
    }

    private void navigate(String path) {
        getUI().ifPresent(ui -> ui.navigate(path));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
