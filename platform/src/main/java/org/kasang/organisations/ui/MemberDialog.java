package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.Disability;
import org.kasang.organisations.MemberProfile;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.Sex;
import org.kasang.security.AccountService;
import org.kasang.security.MemberSignIn;

/**
 * A member's profile. Disability is asked only after the member consents; without consent it stays
 * "not stated". A new member may get a sign-in at once: a username and a first password typed here (local
 * accounts), or a username and a one-time password Keycloak makes, shown once after saving.
 */
class MemberDialog extends Dialog {

    final TextField name = new TextField();
    final Select<Sex> sex = new Select<>();
    final IntegerField birthYear = new IntegerField();
    final TextField phone = new TextField();
    final Checkbox consent = new Checkbox();
    final Select<Disability> disability = new Select<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    MemberDialog(MemberService members, AccountService accounts, long cboId, Long personId, Runnable onSaved) {
        setHeaderTitle(getTranslation(personId == null ? "member.add" : "member.edit"));
        name.setLabel(getTranslation("member.name"));
        name.setId("member-name");
        name.setRequired(true);
        sex.setLabel(getTranslation("member.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s.name()));
        birthYear.setLabel(getTranslation("member.birth-year"));
        phone.setLabel(getTranslation("member.phone"));
        consent.setLabel(getTranslation("member.disability.consent"));
        disability.setLabel(getTranslation("member.disability"));
        disability.setItems(Disability.values());
        disability.setItemLabelGenerator(d -> getTranslation("disability." + d.name()));
        consent.addValueChangeListener(e -> {
            disability.setEnabled(e.getValue());
            if (!e.getValue()) {
                disability.setValue(Disability.NOT_STATED);
            }
        });
        username.setLabel(getTranslation("member.username"));
        username.setId("member-username");
        username.setHelperText(getTranslation("member.username.help"));
        password.setLabel(getTranslation("member.password"));
        boolean oneTimePassword = accounts.issuesOneTimePasswords();
        if (oneTimePassword) {
            username.setHelperText(getTranslation("member.username.help.otp"));
        }

        MemberProfile profile = personId == null ? MemberProfile.blank() : members.profile(personId);
        name.setValue(profile.fullName());
        sex.setValue(profile.sex());
        birthYear.setValue(profile.birthYear());
        phone.setValue(profile.phone() == null ? "" : profile.phone());
        consent.setValue(profile.disabilityConsent());
        disability.setValue(profile.disability());
        disability.setEnabled(profile.disabilityConsent());

        FormLayout form = new FormLayout(name, sex, birthYear, phone, consent, disability);
        if (personId == null) {
            form.add(username);
            if (!oneTimePassword) {
                form.add(password);
            }
        }
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var entered = new MemberProfile(name.getValue(), sex.getValue(), birthYear.getValue(), phone.getValue(),
                    disability.getValue(), consent.getValue());
            try {
                MemberSignIn signIn = null;
                if (personId == null) {
                    signIn = members.registerMember(cboId, entered, null, username.getValue(), password.getValue())
                            .signIn();
                } else {
                    members.updateMember(personId, entered);
                }
                Notification.show(getTranslation("member.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.run();
                close();
                if (signIn != null && signIn.hasOneTimePassword()) {
                    new OneTimePasswordDialog(entered.fullName(), signIn).open();
                }
            } catch (InvalidInput e) {
                Notification.show(getTranslation(e.key())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
