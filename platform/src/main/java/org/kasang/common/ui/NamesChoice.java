package org.kasang.common.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.kasang.security.ExportLog;

/**
 * The deliberate choice to include people's names in an export: a box to tick and, once ticked, the reason,
 * which the export log keeps. {@link #ready()} says whether the export may go ahead; the listener hears every
 * change so the download link can follow.
 */
public class NamesChoice extends VerticalLayout {

    final Checkbox withNames = new Checkbox();
    final TextArea reason = new TextArea();

    public NamesChoice(Runnable changed) {
        setPadding(false);
        setSpacing(false);
        withNames.setLabel(getTranslation("export.with-names"));
        reason.setLabel(getTranslation("export.reason"));
        reason.setHelperText(getTranslation("export.reason.help", ExportLog.REASON_MIN));
        reason.setMaxLength(ExportLog.REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        reason.setVisible(false);
        reason.setErrorMessage(getTranslation("export.error.reason", ExportLog.REASON_MIN));
        withNames.addValueChangeListener(e -> {
            reason.setVisible(e.getValue());
            update();
            changed.run();
        });
        reason.addValueChangeListener(e -> {
            update();
            changed.run();
        });
        Paragraph logged = new Paragraph(getTranslation("export.logged"));
        logged.addClassName("kasang-muted");
        add(withNames, reason, logged);
    }

    public boolean withNames() {
        return withNames.getValue();
    }

    public String reason() {
        return reason.getValue();
    }

    /** Without names, or with names and a reason long enough. */
    public boolean ready() {
        return !withNames.getValue() || reason.getValue().strip().length() >= ExportLog.REASON_MIN;
    }

    private void update() {
        reason.setInvalid(!ready() && !reason.getValue().isEmpty());
    }
}
