package org.kasang.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Submission;
import org.kasang.assignments.SubmissionFile;
import org.kasang.common.InvalidInput;

import java.util.function.Consumer;

/**
 * The files of the learner's work: download each; while the work is editable, attach (checked on the
 * server, refusals shown) and remove. Typed answers are untouched: only this list redraws.
 */
class SubmissionFiles extends Div {

    /** The largest file the browser sends at all; the server's checks set the real limits. */
    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final AssignmentService assignments;
    private final Consumer<InvalidInput> refused;
    private final Div list = new Div();
    private Submission submission;

    SubmissionFiles(AssignmentService assignments, Submission submission, Consumer<InvalidInput> refused) {
        this.assignments = assignments;
        this.submission = submission;
        this.refused = refused;
        addClassName("kasang-files");
        list.addClassName("kasang-file-list");
        add(new H3(getTranslation("submission.files")), list);
        if (submission.editable()) {
            Paragraph help = new Paragraph(getTranslation("submission.files.help"));
            help.addClassName("kasang-muted");
            add(help, upload());
        }
        redraw();
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> attach(upload, metadata.fileName(), bytes)))));
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("submission.files.add")));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("submission.files.too-big"))
                .setIncorrectFileType(getTranslation("submission.files.wrong-type"))
                .setTooManyFiles(getTranslation("submission.files.too-many"))));
        upload.setWidthFull();
        return upload;
    }

    private void attach(Upload upload, String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            submission = assignments.attach(submission.assignmentId(), fileName, bytes);
            redraw();
        } catch (InvalidInput e) {
            refused.accept(e);
        }
    }

    private void remove(SubmissionFile file) {
        try {
            submission = assignments.removeFile(submission.assignmentId(), file.id());
            redraw();
        } catch (InvalidInput e) {
            refused.accept(e);
        }
    }

    private void redraw() {
        list.removeAll();
        if (submission.files().isEmpty()) {
            Span none = new Span(getTranslation("submission.files.none"));
            none.addClassName("kasang-muted");
            list.add(none);
        }
        for (SubmissionFile file : submission.files()) {
            long submissionId = submission.id();
            Div row = FileRow.of(this, file, () -> assignments.file(submissionId, file.id()));
            if (submission.editable()) {
                Button remove = new Button(getTranslation("submission.files.remove"), click -> remove(file));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("submission.files.remove-named", file.name()));
                row.add(remove);
            }
            list.add(row);
        }
    }
}
