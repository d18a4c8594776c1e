package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.Milestones;

/** Rejects a reported milestone with a note the reporter reads. */
class RejectDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button reject = new Button();
    final Span error = new Span();

    RejectDialog(Milestones milestones, long milestoneId, Runnable onDone) {
        setHeaderTitle(getTranslation("milestone.reject"));
        note.setLabel(getTranslation("milestone.reject.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        error.addClassNames("kasang-error", "text-error");
        error.setVisible(false);
        add(note, error);
        reject.setText(getTranslation("milestone.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        reject.addClickListener(e -> {
            try {
                milestones.reject(milestoneId, note.getValue());
            } catch (InvalidInput ex) {
                error.setText(getTranslation(ex.key(), ex.args()));
                error.setVisible(true);
                return;
            }
            Notification.show(getTranslation("milestone.rejected"));
            close();
            onDone.run();
        });
        getFooter().add(new Button(getTranslation("capacity.cancel"), e -> close()), reject);
    }
}
