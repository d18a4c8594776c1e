package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.Milestone;
import org.kasang.indicators.Milestones;

/** Verify and Reject buttons for a milestone someone else reported. */
final class MilestoneActions {

    private MilestoneActions() {
    }

    static HorizontalLayout of(Milestones milestones, Milestone m, Runnable onDone) {
        Button verify = new Button();
        verify.setText(verify.getTranslation("milestone.verify"));
        verify.addClassName("kasang-milestone-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        verify.addClickListener(e -> {
            try {
                milestones.verify(m.id());
                Notification.show(verify.getTranslation("milestone.verified"));
            } catch (InvalidInput ex) {
                Notification.show(verify.getTranslation(ex.key(), ex.args()));
            }
            onDone.run();
        });
        Button reject = new Button();
        reject.setText(reject.getTranslation("milestone.reject"));
        reject.addClassName("kasang-milestone-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.addClickListener(e -> new RejectDialog(milestones, m.id(), onDone).open());
        return new HorizontalLayout(verify, reject);
    }
}
