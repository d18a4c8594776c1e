package org.kasang.catalogue.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.kasang.catalogue.internal.PackageManifest;

/** The course's own titles, summary and time. */
class CourseDetailsForm extends FormLayout {

    /** The form's bean: what the trainer edits, apart from the manifest record. */
    static class Details {
        String titleEn;
        String titleKm;
        String summaryEn;
        String summaryKm;
        Integer minutes;
    }

    final TextField titleEn = new TextField(getTranslation("editor.course.title-en"));
    final TextField titleKm = new TextField(getTranslation("editor.course.title-km"));
    final TextArea summaryEn = new TextArea(getTranslation("editor.course.summary-en"));
    final TextArea summaryKm = new TextArea(getTranslation("editor.course.summary-km"));
    final IntegerField minutes = new IntegerField(getTranslation("editor.course.minutes"));
    private final Binder<Details> binder = new Binder<>();

    CourseDetailsForm(PackageManifest manifest) {
        String required = getTranslation("editor.error.required");
        binder.forField(titleEn).asRequired(required).bind(d -> d.titleEn, (d, v) -> d.titleEn = v);
        binder.forField(titleKm).asRequired(required).bind(d -> d.titleKm, (d, v) -> d.titleKm = v);
        binder.forField(summaryEn).asRequired(required).bind(d -> d.summaryEn, (d, v) -> d.summaryEn = v);
        binder.forField(summaryKm).asRequired(required).bind(d -> d.summaryKm, (d, v) -> d.summaryKm = v);
        binder.forField(minutes).asRequired(required)
                .withValidator(m -> m >= 1 && m <= 6000, getTranslation("editor.error.minutes"))
                .bind(d -> d.minutes, (d, v) -> d.minutes = v);
        Details details = new Details();
        details.titleEn = Bilingual.get(manifest.title(), "en");
        details.titleKm = Bilingual.get(manifest.title(), "km");
        details.summaryEn = Bilingual.get(manifest.summary(), "en");
        details.summaryKm = Bilingual.get(manifest.summary(), "km");
        details.minutes = manifest.estimatedMinutes();
        binder.setBean(details);
        add(titleEn, titleKm, summaryEn, summaryKm, minutes);
    }

    /** Puts the details into the draft when they are valid; otherwise the fields show why, and it returns false. */
    boolean writeTo(DraftModel model) {
        if (!binder.validate().isOk()) {
            return false;
        }
        Details d = binder.getBean();
        model.update(m -> new PackageManifest(m.id(), m.version(), m.languages(),
                Bilingual.with(Bilingual.with(m.title(), "en", d.titleEn), "km", d.titleKm),
                Bilingual.with(Bilingual.with(m.summary(), "en", d.summaryEn), "km", d.summaryKm),
                m.topic(), m.audience(), d.minutes, m.completionRule(), m.translationNotes(), m.modules()));
        return true;
    }
}
