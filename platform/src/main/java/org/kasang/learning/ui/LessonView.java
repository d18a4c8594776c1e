package org.kasang.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jsoup.Jsoup;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.LessonPage;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.AccountService;

/**
 * Reads one lesson on a phone: what it costs to open, a table of contents with each item's status, the text
 * with images that load only when seen (or, with data saver on, only when tapped), handouts, "I need help",
 * and previous / "Mark as done" that records once however often it is pressed.
 */
@Route("learn/:courseId/lesson/:itemId")
@RolesAllowed("LEARNER")
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CatalogueService catalogue;
    private final AccountService accounts;
    private String title = "";

    public LessonView(LearningService learning, CatalogueService catalogue, AccountService accounts) {
        this.learning = learning;
        this.catalogue = catalogue;
        this.accounts = accounts;
        addClassName("kasang-page");
        addClassName("kasang-lesson");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElseThrow();
        String lessonId = LearningRoutes.fullId(courseId, event.getRouteParameters().get("itemId").orElseThrow());
        CourseOutline outline = catalogue.outline(courseId);
        CourseOutline.Item item = outline.item(lessonId).orElseThrow(() -> new java.util.NoSuchElementException(lessonId));
        LessonPage lesson = catalogue.lesson(lessonId, getLocale());
        boolean done = learning.open(courseId, lessonId) == ItemStatus.COMPLETED;
        boolean dataSaver = accounts.dataSaver();
        title = lesson.title().in(getLocale());

        removeAll();
        RouterLink back = new RouterLink();
        back.setText(outline.title().in(getLocale()));
        back.getElement().setAttribute("href", LearningRoutes.course(courseId));
        add(back, new H2(title), cost(item), new TableOfContents(learning, outline, lessonId));
        if (lesson.audio() != null) {
            add(audio(courseId, lesson, dataSaver));
        }
        Html body = new Html("<div class=\"kasang-lesson-body\">" + (dataSaver ? holdBackImages(lesson) : lesson.html())
                + "</div>");
        if (dataSaver) {
            // One listener for the whole text: a tapped placeholder becomes its image, fetched only then.
            body.getElement().executeJs("$0.addEventListener('click', e => { const b = e.target.closest('button[data-src]');"
                    + " if (!b) return; const i = document.createElement('img'); i.src = b.dataset.src;"
                    + " i.alt = b.dataset.alt || ''; b.replaceWith(i); });", body.getElement());
        }
        add(body);
        if (!lesson.handouts().isEmpty()) {
            add(handouts(courseId, lesson));
        }
        add(new HelpPanel(learning, courseId, lessonId, title, learning.myHelpRequests(courseId)));
        add(navigation(courseId, outline, lessonId, done));
    }

    /** "About 8 minutes · 6 KB", and the images' size when the lesson has any. */
    private Span cost(CourseOutline.Item item) {
        int media = item.mediaBytes(getLocale());
        String text = getTranslation("learn.minutes", item.estimatedMinutes()) + " · "
                + Sizes.of(this, item.textBytes(getLocale()))
                + (media > 0 ? " " + getTranslation("learn.images-size", Sizes.of(this, media)) : "");
        Span cost = new Span(text);
        cost.addClassName("kasang-muted");
        cost.addClassName("kasang-lesson-cost");
        return cost;
    }

    /** With data saver on, each image becomes a button that says what it costs; tapping it loads the image. */
    private String holdBackImages(LessonPage lesson) {
        var body = Jsoup.parseBodyFragment(lesson.html()).body();
        String prefix = LessonPage.filesUrl(lesson.courseId());
        for (var image : body.select("img")) {
            String src = image.attr("src");
            String path = src.startsWith(prefix) ? src.substring(prefix.length()) : src;
            var button = new org.jsoup.nodes.Element("button").attr("type", "button")
                    .addClass("kasang-image-placeholder").attr("data-src", src).attr("data-alt", image.attr("alt"))
                    .text(getTranslation("learn.show-image", image.attr("alt"), Sizes.of(this, lesson.sizeOf(path))));
            image.replaceWith(button);
        }
        return body.html();
    }

    private Div audio(String courseId, LessonPage lesson, boolean dataSaver) {
        Div player = new Div();
        player.addClassName("kasang-audio");
        String size = Sizes.of(this, lesson.sizeOf(lesson.audio()));
        Runnable show = () -> {
            // preload none: nothing is downloaded until the learner presses play.
            Element audio = new Element("audio");
            audio.setAttribute("controls", true);
            audio.setAttribute("preload", "none");
            audio.setAttribute("src", LessonPage.filesUrl(courseId) + lesson.audio());
            player.getElement().appendChild(audio);
            player.add(new Span(getTranslation("learn.audio-size", size)));
        };
        if (dataSaver) {
            Button listen = new Button(getTranslation("learn.show-audio", size));
            listen.addClickListener(click -> {
                player.remove(listen);
                show.run();
            });
            player.add(listen);
        } else {
            show.run();
        }
        return player;
    }

    private Div handouts(String courseId, LessonPage lesson) {
        Div handouts = new Div();
        handouts.addClassName("kasang-handouts");
        handouts.add(new Span(getTranslation("learn.handouts")));
        for (String handout : lesson.handouts()) {
            String name = handout.substring(handout.lastIndexOf('/') + 1);
            Anchor link = new Anchor(LessonPage.filesUrl(courseId) + handout,
                    getTranslation("learn.handout", name, Sizes.of(this, lesson.sizeOf(handout))));
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
            handouts.add(link);
        }
        return handouts;
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
        complete.setId("lesson-complete");
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
