package org.kasang.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.CourseSummary;
import org.kasang.learning.CourseProgress;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.KnowledgeGain;
import org.kasang.learning.Certificates;
import org.kasang.learning.CourseStatus;
import org.kasang.pdf.CourseBooklets;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.kasang.learning.LearningService;

/** A course's outline with the learner's status on every item, and a button that resumes. */
@Route("learn/:courseId")
@RolesAllowed("LEARNER")
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CatalogueService catalogue;
    private final Certificates certificates;
    private final CourseBooklets booklets;
    private String title = "";

    public CourseView(LearningService learning, CatalogueService catalogue, Certificates certificates,
                      CourseBooklets booklets) {
        this.learning = learning;
        this.catalogue = catalogue;
        this.certificates = certificates;
        this.booklets = booklets;
        addClassName("kasang-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElseThrow();
        CourseSummary course = catalogue.course(courseId);
        CourseOutline outline = catalogue.outline(courseId);
        CourseProgress progress = learning.progress(courseId);
        title = course.title().in(getLocale());
        removeAll();
        add(new H2(title), new Paragraph(course.summary().in(getLocale())));
        if (progress.enrolled()) {
            add(new CourseProgressBar(progress));
        }
        Span time = new Span(getTranslation("learn.minutes", course.estimatedMinutes()));
        time.addClassName("kasang-muted");
        add(time, continueButton(courseId, outline, progress));
        if (progress.enrolled()) {
            learning.knowledgeGains(courseId).forEach(gain -> add(gain(outline, gain)));
        }
        Div downloads = new Div();
        downloads.addClassName("kasang-downloads");
        Locale locale = getLocale();
        if (progress.status() == CourseStatus.COMPLETED) {
            downloads.add(pdf("certificate-download", getTranslation("learn.certificate"), Certificates.fileName(courseId),
                    () -> certificates.mine(courseId, locale)));
        }
        downloads.add(pdf("booklet-download", getTranslation("learn.booklet"), "kasang-" + courseId + "-"
                + locale.getLanguage() + ".pdf", () -> booklets.booklet(courseId, locale)));
        add(downloads);
        for (CourseOutline.Module module : outline.modules()) {
            add(new H3(module.title().in(getLocale())));
            Div items = new Div();
            items.addClassName("kasang-outline");
            for (CourseOutline.Item item : module.items()) {
                items.add(TableOfContents.CourseItemRow.of(this, getLocale(), courseId, item,
                        progress.statusOf(item.id()), false));
            }
            add(items);
        }
    }

    /** A PDF made only when the learner taps the link, not when the page opens. */
    static Anchor pdf(String id, String text, String fileName, Supplier<byte[]> bytes) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, "application/pdf", content.length);
        }), text);
        link.getElement().setAttribute("download", true);
        link.setId(id);
        return link;
    }

    /** "Before the course: 40%. Final quiz: 90%. You gained 50 points." */
    private Paragraph gain(CourseOutline outline, KnowledgeGain gain) {
        String pre = outline.item(gain.preTestId()).map(i -> i.title().in(getLocale())).orElse("");
        Paragraph line = new Paragraph(gain.postScore() == null
                ? getTranslation("learn.gain.before-only", pre, gain.preScore())
                : getTranslation("learn.gain", gain.preScore(), gain.postScore(), gain.gain()));
        line.addClassName("kasang-gain");
        return line;
    }

    private Button continueButton(String courseId, CourseOutline outline, CourseProgress progress) {
        CourseOutline.Item target = resumeItem(outline, progress);
        String label = !progress.enrolled() ? "learn.start"
                : progress.itemsCompleted() == 0 ? "learn.start" : "learn.continue";
        Button button = new Button(getTranslation(label), click -> {
            if (!progress.enrolled()) {
                learning.enrol(courseId);
            }
            getUI().ifPresent(ui -> ui.navigate(LearningRoutes.item(courseId, target)));
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setDisableOnClick(true);
        button.setId("course-continue");
        return button;
    }

    /** Where the learner stopped, else the first item not yet completed, else the first item. */
    static CourseOutline.Item resumeItem(CourseOutline outline, CourseProgress progress) {
        if (progress.resumeItemId() != null) {
            var resume = outline.item(progress.resumeItemId());
            if (resume.isPresent()) {
                return resume.get();
            }
        }
        return outline.items().stream()
                .filter(item -> progress.statusOf(item.id()) != ItemStatus.COMPLETED)
                .findFirst().orElse(outline.items().get(0));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
