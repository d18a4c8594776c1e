package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CourseDraftService;
import org.kasang.catalogue.internal.InvalidPackage;
import org.kasang.catalogue.internal.MarkdownRenderer;
import org.kasang.catalogue.internal.PackageManifest.Lesson;
import org.kasang.common.InvalidInput;
import org.kasang.documents.AttachmentKind;
import org.kasang.documents.AttachmentService;

import java.util.ArrayList;
import java.util.List;

/**
 * A trainer writes a course as a draft: details, modules and lessons, the final quiz, the last module's assignment, handouts; then publishes it. Structural
 * changes (a module or lesson added or moved, a question, a handout, the assignment's fields and rubric) are saved at once; typed text with Save or Publish.
 */
@Route("trainer/courses/:courseId/edit")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CourseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseDraftService drafts;
    private final AttachmentService attachments;
    private final MarkdownRenderer renderer;
    private String courseId;
    private DraftModel model;
    private CourseDetailsForm details;
    private LessonsSection lessons;
    private final ProblemsPanel problems = new ProblemsPanel();
    /** The final quiz and the assignment belong to the last module, so they are rebuilt when the modules change. */
    private final VerticalLayout ending = new VerticalLayout();

    public CourseEditorView(CourseDraftService drafts, AttachmentService attachments, MarkdownRenderer renderer) {
        this.drafts = drafts;
        this.attachments = attachments;
        this.renderer = renderer;
        addClassName("kasang-page");
    }

    static String route(String courseId) {
        return "trainer/courses/" + courseId + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElseThrow();
        model = new DraftModel(drafts.files(courseId));
        details = new CourseDetailsForm(model.manifest());
        lessons = new LessonsSection(model, renderer, this::attachHandout, this::persist, this::showEnding);
        Button save = new Button(getTranslation("editor.save"), click -> save());
        Button publish = new Button(getTranslation("editor.publish"), click -> publish());
        Button preview = new Button(getTranslation("editor.preview"), click -> {
            save();
            getUI().ifPresent(ui -> ui.navigate(CoursePreviewView.class, new com.vaadin.flow.router.RouteParameters("courseId", courseId)));
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        removeAll();
        add(new H2(getPageTitle()), new HorizontalLayout(save, preview, publish),
                new H3(getTranslation("editor.course")), details,
                new H3(getTranslation("editor.lessons")), lessons,
                ending, problems);
        ending.setPadding(false);
        showEnding();
        problems.show(drafts.problems(courseId));
    }

    private void showEnding() {
        ending.removeAll();
        ending.add(new H3(getTranslation("editor.quiz")), new QuizEditor(model, this::persist),
                new H3(getTranslation("editor.assignment")), new AssignmentEditor(model, this::persist));
    }

    /** Checks an uploaded handout; a refused file leaves the draft as it was. */
    void attachHandout(String lessonId, String fileName, byte[] bytes) {
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        AttachmentKind kind = AttachmentKind.ofExtension(extension);
        String folder = kind == AttachmentKind.IMAGE ? "images/" : kind == AttachmentKind.AUDIO ? "audio/" : "handouts/";
        String path = folder + fileName;
        try {
            attachments.check(path, bytes);
        } catch (InvalidInput e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        model.putFile(path, bytes);
        if (kind == AttachmentKind.IMAGE) {
            // An image appears where the trainer wants it: it is added at the end of the English text, to move.
            model.modules().stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst()
                    .ifPresent(l -> model.setLessonText(l, "en", model.lessonText(l, "en") + "\n\n![" + fileName + "](" + path + ")\n"));
        } else {
            model.updateLesson(lessonId, l -> {
                if (kind == AttachmentKind.AUDIO) {
                    var audio = new java.util.HashMap<>(l.audio() == null ? java.util.Map.<String, String>of() : l.audio());
                    audio.put("en", path);
                    return new Lesson(l.id(), l.title(), l.file(), l.estimatedMinutes(), l.handouts(), java.util.Map.copyOf(audio));
                }
                List<String> handouts = new ArrayList<>(l.handouts() == null ? List.of() : l.handouts());
                if (!handouts.contains(path)) {
                    handouts.add(path);
                }
                return new Lesson(l.id(), l.title(), l.file(), l.estimatedMinutes(), List.copyOf(handouts), l.audio());
            });
        }
        persist();
        lessons.refresh();
        Notification.show(getTranslation("editor.handout-added", fileName));
    }


    private void save() {
        if (details.writeTo(model)) {
            persist();
            Notification.show(getTranslation("editor.saved"));
        }
    }

    /** Saves the draft as it stands; course details only when they are valid. */
    private void persist() {
        details.writeTo(model);
        drafts.save(courseId, model.files());
        problems.show(drafts.problems(courseId));
    }

    private void publish() {
        if (!details.writeTo(model)) {
            return;
        }
        persist();
        try {
            drafts.publish(courseId);
        } catch (InvalidPackage e) {
            problems.show(e.problems());
            Notification.show(getTranslation("editor.publish-refused")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } catch (InvalidInput e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(getTranslation("editor.published")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(CoursesView.class));
    }

    @Override
    public String getPageTitle() {
        return model == null ? getTranslation("editor.heading", "")
                : getTranslation("editor.heading", model.manifest().title().in(getLocale()));
    }
}
