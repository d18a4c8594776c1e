package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.kasang.security.MemberSignIn;

/**
 * The one-time password of a member's new sign-in, shown once: Kasang keeps it nowhere, and Keycloak asks the
 * member to choose their own password when they first sign in with it.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String memberName, MemberSignIn signIn) {
        setHeaderTitle(getTranslation("member.otp.title", memberName));
        Span username = new Span(signIn.username());
        username.setId("otp-username");
        username.addClassName("kasang-otp");
        Span password = new Span(signIn.oneTimePassword());
        password.setId("otp-password");
        password.addClassName("kasang-otp");
        VerticalLayout body = new VerticalLayout(
                new Paragraph(getTranslation("member.otp.username")), username,
                new Paragraph(getTranslation("member.otp.password")), password,
                new Paragraph(getTranslation("member.otp.once")));
        body.setPadding(false);
        add(body);
        setCloseOnOutsideClick(false);
        Button done = new Button(getTranslation("member.otp.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
