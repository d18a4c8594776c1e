package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.kasang.common.Cambodia;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.MilestoneReport;
import org.kasang.indicators.Milestones;
import org.kasang.indicators.ProofFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A coach reports what a CBO achieved outside Kasang, with a photo or document as proof. */
class MilestoneDialog extends Dialog {

    final Select<MilestoneKind> kind = new Select<>();
    final Select<GovernmentLevel> level = new Select<>();
    final DatePicker date = new DatePicker();
    final TextArea issue = new TextArea();
    final TextField authority = new TextField();
    final Upload upload;
    final UnorderedList files = new UnorderedList();
    final Button send = new Button();
    final Span error = new Span();
    final List<ProofFile> proof = new ArrayList<>();

    MilestoneDialog(Milestones milestones, long cboId, Runnable onSent) {
        setHeaderTitle(getTranslation("milestone.report"));
        kind.setLabel(getTranslation("milestone.kind"));
        kind.setItems(MilestoneKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("milestone.kind." + k.name()));
        level.setLabel(getTranslation("milestone.level"));
        level.setItems(GovernmentLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("milestone.level." + l.name()));
        date.setLabel(getTranslation("milestone.date"));
        date.setMax(LocalDate.now(Cambodia.ZONE));
        issue.setLabel(getTranslation("milestone.issue"));
        issue.setMaxLength(500);
        authority.setLabel(getTranslation("milestone.authority"));
        authority.setMaxLength(300);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            proof.add(new ProofFile(metadata.fileName(), bytes));
            files.add(new ListItem(metadata.fileName()));
        }))));
        upload.setUploadButton(new Button(getTranslation("milestone.proof.upload")));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".pdf", ".docx", ".odt");
        error.addClassNames("kasang-error", "text-error");
        error.setVisible(false);
        Span proofLabel = new Span(getTranslation("milestone.proof"));
        add(new FormLayout(kind, level, date, authority, issue), proofLabel, files, upload, error);
        send.setText(getTranslation("milestone.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                milestones.report(new MilestoneReport(cboId, kind.getValue(), level.getValue(), date.getValue(),
                        issue.getValue(), authority.getValue(), proof));
            } catch (InvalidInput ex) {
                error.setText(getTranslation(ex.key(), ex.args()));
                error.setVisible(true);
                return;
            }
            Notification.show(getTranslation("milestone.sent"));
            close();
            onSent.run();
        });
        getFooter().add(new Button(getTranslation("capacity.cancel"), e -> close()), send);
    }
}
