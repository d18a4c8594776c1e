package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.catalogue.internal.MarkdownRenderer;
import org.kasang.catalogue.internal.PackageManifest;

import java.util.List;
import java.util.Locale;

/** The modules and their lessons, in the order learners meet them: titles, order, and new ones. */
class LessonsSection extends VerticalLayout {

    private final DraftModel model;
    private final MarkdownRenderer renderer;
    private final LessonEditor.HandoutTarget handouts;
    private final Runnable changed;
    private final Runnable modulesChanged;

    LessonsSection(DraftModel model, MarkdownRenderer renderer, LessonEditor.HandoutTarget handouts, Runnable changed,
                   Runnable modulesChanged) {
        this.model = model;
        this.renderer = renderer;
        this.handouts = handouts;
        this.changed = changed;
        this.modulesChanged = modulesChanged;
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        List<PackageManifest.Module> modules = model.modules();
        for (int m = 0; m < modules.size(); m++) {
            int module = m;
            add(new H3(modules.get(m).title().in(getLocale() == null ? Locale.ENGLISH : getLocale())));
            add(moduleControls(module, modules.get(m)));
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
        Button addModule = new Button(getTranslation("editor.module.add"), click -> {
            int n = model.modules().size() + 1;
            model.addModule(Bilingual.of(this, "editor.module.new-title", n), Bilingual.of(this, "editor.lesson.new-title", 1),
                    getTranslation(Locale.ENGLISH, "editor.lesson.placeholder"));
            structureChanged();
        });
        addModule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(addModule);
    }

    /** The module's titles, typed in place (saved with the draft), and its place among the modules. */
    private HorizontalLayout moduleControls(int module, PackageManifest.Module m) {
        TextField titleEn = new TextField(getTranslation("editor.module.title-en"), Bilingual.get(m.title(), "en"), "");
        TextField titleKm = new TextField(getTranslation("editor.module.title-km"), Bilingual.get(m.title(), "km"), "");
        titleEn.addValueChangeListener(e -> model.renameModule(module, "en", e.getValue()));
        titleKm.addValueChangeListener(e -> model.renameModule(module, "km", e.getValue()));
        Button up = new Button(getTranslation("editor.module.up"), click -> {
            model.moveModule(module, -1);
            structureChanged();
        });
        Button down = new Button(getTranslation("editor.module.down"), click -> {
            model.moveModule(module, 1);
            structureChanged();
        });
        up.setEnabled(module > 0);
        down.setEnabled(module < model.modules().size() - 1);
        up.addThemeVariants(ButtonVariant.LUMO_SMALL);
        down.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(titleEn, titleKm, up, down);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void structureChanged() {
        changed.run();
        refresh();
        modulesChanged.run();
    }
}
