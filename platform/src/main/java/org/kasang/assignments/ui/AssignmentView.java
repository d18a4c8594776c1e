package org.kasang.assignments.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Submission;
import org.kasang.assignments.SubmissionStatus;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.CatalogueService;
import org.kasang.common.InvalidInput;
import org.kasang.learning.LearningService;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A practical assignment: read the instructions, fill the template, attach files, save a draft, submit to
 * the coach; read the coach's review, and when it is returned revise and submit again.
 */
@Route("learn/:courseId/assignment/:itemId")
@RolesAllowed("LEARNER")
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final LearningService learning;
    private final CatalogueService catalogue;
    private AssignmentPaper paper;
    private Submission submission;
    private AnswerForm form;
    private String courseTitle = "";
    private String title = "";

    public AssignmentView(AssignmentService assignments, LearningService learning, CatalogueService catalogue) {
        this.assignments = assignments;
        this.learning = learning;
        this.catalogue = catalogue;
        addClassNames("kasang-page", "kasang-assignment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElseThrow();
        String assignmentId = courseId + "/" + event.getRouteParameters().get("itemId").orElseThrow();
        paper = catalogue.assignment(assignmentId, getLocale());
        if (!paper.courseId().equals(courseId)) {
            throw new NoSuchElementException(assignmentId);
        }
        courseTitle = catalogue.course(courseId).title().in(getLocale());
        title = paper.title().in(getLocale());
        learning.open(courseId, assignmentId);
        submission = assignments.mine(assignmentId);
        show();
    }

    private void show() {
        removeAll();
        RouterLink back = new RouterLink();
        back.setText(courseTitle);
        back.getElement().setAttribute("href", "learn/" + paper.courseId());
        SubmissionStatus status = submission.status();
        Span badge = new Span(getTranslation("submission.status." + status.name()));
        badge.addClassName("kasang-status");
        badge.getElement().getThemeList().add("badge pill" + switch (status) {
            case DRAFT -> " contrast";
            case SUBMITTED -> "";
            case RETURNED -> " error";
            case APPROVED -> " success";
        });
        Paragraph state = new Paragraph(getTranslation("submission.state." + status.name()));
        state.addClassName("kasang-submission-state");
        add(back, new H2(title), badge, state);
        if (status != SubmissionStatus.DRAFT) {
            submission.latestReview().ifPresent(review -> add(new ReviewPanel(paper, review, getLocale())));
        }
        Details instructions = new Details(getTranslation("submission.instructions"),
                new Html("<div class=\"kasang-lesson-body\">" + paper.instructionsHtml() + "</div>"));
        instructions.setOpened(status == SubmissionStatus.DRAFT);
        instructions.setWidthFull();
        form = new AnswerForm(paper, submission, getLocale());
        form.setEditable(submission.editable());
        add(instructions, form);
        add(new SubmissionFiles(assignments, submission, this::refused));
        if (submission.editable()) {
            Paragraph required = new Paragraph(getTranslation("submission.required-note"));
            required.addClassName("kasang-muted");
            add(required, actions());
        }
    }

    private HorizontalLayout actions() {
        Button save = new Button(getTranslation("submission.save-draft"), click -> saveDraft());
        Button submit = new Button(getTranslation(submission.status() == SubmissionStatus.RETURNED
                ? "submission.resubmit" : "submission.submit"), click -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, submit);
        actions.addClassName("kasang-actions");
        return actions;
    }

    private void saveDraft() {
        form.clearErrors();
        try {
            submission = assignments.saveDraft(paper.id(), form.values());
            Notification.show(getTranslation("submission.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput e) {
            refused(e);
        }
    }

    private void confirmSubmit() {
        form.clearErrors();
        var missing = form.firstMissing();
        if (missing.isPresent()) {
            refused(new InvalidInput("submission.error.required", missing.get()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("submission.confirm.header"),
                getTranslation("submission.confirm.text"), getTranslation("submission.confirm.submit"), event -> submit());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void submit() {
        try {
            submission = assignments.submit(paper.id(), form.values());
            show();
            Notification.show(getTranslation("submission.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInput e) {
            refused(e);
        }
    }

    /** Shows the refusal, naming fields by their label in the learner's language, and marks the field. */
    private void refused(InvalidInput e) {
        Object[] args = Arrays.stream(e.args())
                .map(arg -> arg instanceof String id && form.has(id) ? form.label(id) : arg).toArray();
        String message = getTranslation(e.key(), args);
        Arrays.stream(e.args()).filter(arg -> arg instanceof String id && form.has(id)).findFirst()
                .ifPresent(id -> form.showError((String) id, message));
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
