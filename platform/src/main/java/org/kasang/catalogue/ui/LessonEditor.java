package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.kasang.catalogue.internal.MarkdownRenderer;
import org.kasang.catalogue.internal.PackageManifest.Lesson;

/** One lesson: its titles and time, its text per language with a preview, its handouts, its place in the module. */
class LessonEditor extends VerticalLayout {

    /** Where an uploaded handout goes; the editor view checks it before it joins the draft. */
    interface HandoutTarget {
        void attach(String lessonId, String fileName, byte[] bytes);
    }

    /** Moving a lesson changes the order the section shows. */
    interface Mover {
        void move(int delta);
    }

    final String lessonId;
    final Upload upload;

    LessonEditor(DraftModel model, Lesson lesson, MarkdownRenderer renderer, Mover mover, HandoutTarget handouts) {
        this.lessonId = lesson.id();
        addClassName("kasang-lesson-editor");
        setPadding(false);

        TextField titleEn = new TextField(getTranslation("editor.lesson.title-en"), Bilingual.get(lesson.title(), "en"), "");
        TextField titleKm = new TextField(getTranslation("editor.lesson.title-km"), Bilingual.get(lesson.title(), "km"), "");
        IntegerField minutes = new IntegerField(getTranslation("editor.lesson.minutes"));
        minutes.setValue(lesson.estimatedMinutes());
        minutes.setMin(1);
        titleEn.addValueChangeListener(e -> model.updateLesson(lessonId, l -> new Lesson(l.id(),
                Bilingual.with(l.title(), "en", e.getValue()), l.file(), l.estimatedMinutes(), l.handouts(), l.audio())));
        titleKm.addValueChangeListener(e -> model.updateLesson(lessonId, l -> new Lesson(l.id(),
                Bilingual.with(l.title(), "km", e.getValue()), l.file(), l.estimatedMinutes(), l.handouts(), l.audio())));
        minutes.addValueChangeListener(e -> model.updateLesson(lessonId, l -> new Lesson(l.id(), l.title(), l.file(),
                e.getValue(), l.handouts(), l.audio())));

        Button up = new Button(getTranslation("editor.lesson.up"), click -> mover.move(-1));
        Button down = new Button(getTranslation("editor.lesson.down"), click -> mover.move(1));
        up.addThemeVariants(ButtonVariant.LUMO_SMALL);
        down.addThemeVariants(ButtonVariant.LUMO_SMALL);

        TabSheet texts = new TabSheet();
        texts.setWidthFull();
        for (String language : model.languages()) {
            texts.add(getTranslation("editor.language." + language), new MarkdownEditor(
                    getTranslation("editor.lesson.text", getTranslation("editor.language." + language)),
                    model.lessonText(lesson, language), renderer, text -> model.setLessonText(lesson, language, text)));
        }

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> handouts.attach(lessonId, metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("editor.lesson.handout")));
        UnorderedList attached = new UnorderedList();
        if (lesson.handouts() != null) {
            lesson.handouts().forEach(path -> attached.add(new ListItem(path)));
        }

        add(new HorizontalLayout(new H4(Bilingual.get(lesson.title(), "en")), up, down),
                new FormLayout(titleEn, titleKm, minutes), texts, attached, upload);
    }
}
