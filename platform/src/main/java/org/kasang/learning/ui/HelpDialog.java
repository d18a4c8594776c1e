package org.kasang.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.kasang.common.InvalidInput;
import org.kasang.learning.HelpRequest;
import org.kasang.learning.LearningService;

import java.util.function.Consumer;

/** "I need help": a short message to the CBO's coach about an item, or one question of a quiz. */
class HelpDialog extends Dialog {

    HelpDialog(LearningService learning, String courseId, String itemId, String questionId, String about,
               Consumer<HelpRequest> sent) {
        setHeaderTitle(getTranslation("help.title"));
        addClassName("kasang-help-dialog");
        TextArea message = new TextArea(getTranslation("help.message", about));
        message.setHelperText(getTranslation("help.message.helper"));
        message.setMaxLength(1000);
        message.setWidthFull();
        message.setMinHeight("8em");
        add(message);
        Button send = new Button(getTranslation("help.send"), click -> {
            try {
                HelpRequest request = learning.askForHelp(courseId, itemId, questionId, message.getValue());
                close();
                Notification.show(getTranslation("help.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                sent.accept(request);
            } catch (InvalidInput e) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation(e.key(), e.args()));
                click.getSource().setEnabled(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("help.cancel"), click -> close()), send);
        message.focus();
    }
}
