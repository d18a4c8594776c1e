package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.kasang.catalogue.internal.MarkdownRenderer;
import org.kasang.catalogue.internal.PackageManifest;

import java.util.List;
import java.util.Locale;

/** The lessons of every module, in the order learners meet them. */
class LessonsSection extends VerticalLayout {

    private final DraftModel model;
    private final MarkdownRenderer renderer;
    private final LessonEditor.HandoutTarget handouts;
    private final Runnable changed;

    LessonsSection(DraftModel model, MarkdownRenderer renderer, LessonEditor.HandoutTarget handouts, Runnable changed) {
        this.model = model;
        this.renderer = renderer;
        this.handouts = handouts;
        this.changed = changed;
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        List<PackageManifest.Module> modules = model.modules();
        for (int m = 0; m < modules.size(); m++) {
            int module = m;
            add(new H3(modules.get(m).title().in(getLocale() == null ? Locale.ENGLISH : getLocale())));
            List<PackageManifest.Lesson> lessons = modules.get(m).lessons();
            for (int i = 0; i < lessons.size(); i++) {
                int index = i;
                add(new LessonEditor(model, lessons.get(i), renderer, delta -> {
                    model.moveLesson(module, index, delta);
                    changed.run();
                    refresh();
                }, handouts));
            }
            add(new Button(getTranslation("editor.lesson.add"), click -> {
                model.addLesson(module, Bilingual.of(this, "editor.lesson.new-title", model.modules().get(module).lessons().size() + 1),
                        getTranslation(Locale.ENGLISH, "editor.lesson.placeholder"));
                changed.run();
                refresh();
            }));
        }
    }
}
