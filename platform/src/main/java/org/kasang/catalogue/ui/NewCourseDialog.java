package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.kasang.catalogue.CourseDraftService;
import org.kasang.catalogue.Text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** Starts a course: its id, titles and topic; the rest is written in the editor. */
class NewCourseDialog extends Dialog {

    static final List<String> TOPICS = List.of("budget-literacy", "gender-budgeting", "advocacy",
            "right-to-information", "public-services", "organisational-development");
    private static final Locale KHMER = Locale.forLanguageTag("km");

    /** What the trainer types; a bean for the binder. */
    static class Form {
        String id = "";
        String titleEn = "";
        String titleKm = "";
        String topic;
    }

    final TextField id = new TextField(getTranslation("new-course.id"));
    final TextField titleEn = new TextField(getTranslation("new-course.title-en"));
    final TextField titleKm = new TextField(getTranslation("new-course.title-km"));
    final Select<String> topic = new Select<>();
    private final Binder<Form> binder = new Binder<>();

    NewCourseDialog(CourseDraftService drafts, Consumer<String> openEditor) {
        setHeaderTitle(getTranslation("new-course.heading"));
        id.setHelperText(getTranslation("new-course.id-help"));
        topic.setLabel(getTranslation("courses.topic"));
        topic.setItems(TOPICS);
        topic.setItemLabelGenerator(t -> getTranslation("topic." + t));
        binder.forField(id).asRequired(getTranslation("editor.error.required"))
                .withValidator(v -> v.matches("[a-z0-9]+(-[a-z0-9]+)*"), getTranslation("new-course.error.id"))
                .withValidator(v -> !exists(drafts, v), getTranslation("new-course.error.id-taken"))
                .bind(f -> f.id, (f, v) -> f.id = v);
        binder.forField(titleEn).asRequired(getTranslation("editor.error.required")).bind(f -> f.titleEn, (f, v) -> f.titleEn = v);
        binder.forField(titleKm).asRequired(getTranslation("editor.error.required")).bind(f -> f.titleKm, (f, v) -> f.titleKm = v);
        binder.forField(topic).asRequired(getTranslation("editor.error.required")).bind(f -> f.topic, (f, v) -> f.topic = v);
        binder.setBean(new Form());
        add(new FormLayout(id, titleEn, titleKm, topic));

        Button create = new Button(getTranslation("new-course.create"), click -> {
            if (binder.validate().isOk()) {
                Form form = binder.getBean();
                drafts.save(form.id, StarterPackage.files(form.id, new Text(Map.of("en", form.titleEn, "km", form.titleKm)),
                        form.topic, both("editor.module.new-title", 1), both("editor.lesson.new-title", 1),
                        getTranslation(Locale.ENGLISH, "editor.lesson.placeholder")));
                close();
                openEditor.accept(form.id);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("editor.cancel"), click -> close()), create);
    }

    /** A title in English and Khmer, from the translations, for items the trainer will rename. */
    private Text both(String key, Object... args) {
        return new Text(Map.of("en", getTranslation(Locale.ENGLISH, key, args), "km", getTranslation(KHMER, key, args)));
    }

    private static boolean exists(CourseDraftService drafts, String courseId) {
        try {
            drafts.status(courseId);
            return true;
        } catch (NoSuchElementException unknown) {
            return false;
        }
    }
}
