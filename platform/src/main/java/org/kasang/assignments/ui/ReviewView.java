package org.kasang.assignments.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.assignments.Decision;
import org.kasang.assignments.ReviewService;
import org.kasang.assignments.ReviewedSubmission;
import org.kasang.assignments.Submission;
import org.kasang.assignments.SubmissionFile;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.Text;
import org.kasang.common.InvalidInput;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A coach reviews one submission: reads the answers and files, picks a rubric level for every criterion,
 * writes feedback, and approves or returns the work. Work outside the coach's CBOs is denied by the service.
 */
@Route("coach/reviews/:submissionId")
@RolesAllowed({"COACH", "ADMIN"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_FEEDBACK = 4000;

    private final ReviewService reviews;
    private final CatalogueService catalogue;
    private final Map<String, RadioButtonGroup<AssignmentPaper.Level>> scores = new LinkedHashMap<>();
    private final TextArea feedback = new TextArea();
    private final Paragraph total = new Paragraph();
    private AssignmentPaper paper;
    private Submission submission;
    private String title = "";
    private String memberName = "";
    private String cboName;

    public ReviewView(ReviewService reviews, CatalogueService catalogue) {
        this.reviews = reviews;
        this.catalogue = catalogue;
        addClassNames("kasang-page", "kasang-review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long submissionId = event.getRouteParameters().getLong("submissionId")
                .orElseThrow(() -> new NoSuchElementException("submission"));
        ReviewedSubmission read = reviews.submission(submissionId, getLocale());
        paper = read.assignment();
        submission = read.submission();
        memberName = read.memberName();
        cboName = read.cboName();
        title = paper.title().in(getLocale());
        show();
    }

    private void show() {
        removeAll();
        scores.clear();
        RouterLink back = new RouterLink(getTranslation("review.queue.back"), ReviewQueueView.class);
        String submitted = submission.submittedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(submission.submittedAt().atZone(ZoneId.systemDefault()));
        Paragraph about = new Paragraph(getTranslation("review.queue.about",
                catalogue.course(paper.courseId()).title().in(getLocale()), submission.revision(), submitted));
        about.addClassName("kasang-muted");
        Paragraph whose = new Paragraph(cboName == null ? getTranslation("review.member", memberName)
                : getTranslation("review.member-of", memberName, cboName));
        whose.addClassName("kasang-review-member");
        Details instructions = new Details(getTranslation("submission.instructions"),
                new Html("<div class=\"kasang-lesson-body\">" + paper.instructionsHtml() + "</div>"));
        instructions.setOpened(false);
        instructions.setWidthFull();
        add(back, new H2(getTranslation("review.queue.heading", title)), whose, about, instructions, answers(), files(), history(),
                rubric());
    }

    private Div answers() {
        Div answers = new Div();
        answers.addClassName("kasang-review-answers");
        answers.add(new H3(getTranslation("review.queue.answers")));
        for (AssignmentPaper.Field field : paper.fields()) {
            answers.add(ReviewedAnswers.AnswerText.row(this, field, submission.answers(), getLocale()));
        }
        return answers;
    }

    /** Earlier reviews, newest first, each with the answers it judged. */
    private Div history() {
        Div history = new Div();
        history.addClassName("kasang-review-history");
        if (!submission.reviews().isEmpty()) {
            history.add(new H3(getTranslation("review.history")));
            submission.reviews().forEach(review -> history.add(new ReviewPanel(paper, review, getLocale(),
                    "review.history.heading")));
        }
        return history;
    }

    private Div files() {
        Div files = new Div();
        files.addClassName("kasang-files");
        files.add(new H3(getTranslation("submission.files")));
        if (submission.files().isEmpty()) {
            Span none = new Span(getTranslation("submission.files.none"));
            none.addClassName("kasang-muted");
            files.add(none);
        }
        long submissionId = submission.id();
        for (SubmissionFile file : submission.files()) {
            files.add(FileRow.of(this, file, () -> reviews.file(submissionId, file.id())));
        }
        return files;
    }

    private Div rubric() {
        Div rubric = new Div();
        rubric.addClassName("kasang-rubric");
        rubric.add(new H3(getTranslation("review.queue.rubric")));
        for (AssignmentPaper.Criterion criterion : paper.criteria()) {
            RadioButtonGroup<AssignmentPaper.Level> group = new RadioButtonGroup<>(criterion.title().in(getLocale()));
            group.setItems(paper.levels());
            group.setRenderer(new ComponentRenderer<>(level -> {
                Span label = new Span(getTranslation("review.queue.level-option", level.label().in(getLocale()), level.points()));
                label.addClassName("kasang-level-label");
                Span descriptor = new Span(criterion.descriptors().getOrDefault(level.id(), Text.of("")).in(getLocale()));
                descriptor.addClassNames("kasang-muted", "kasang-level-descriptor");
                Div option = new Div(label, descriptor);
                option.addClassName("kasang-level");
                return option;
            }));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRequiredIndicatorVisible(true);
            group.setWidthFull();
            group.getElement().setAttribute("data-criterion", criterion.id());
            group.addValueChangeListener(change -> {
                group.setInvalid(false);
                showTotal();
            });
            scores.put(criterion.id(), group);
            rubric.add(group);
        }
        total.addClassName("kasang-review-total");
        showTotal();
        feedback.setLabel(getTranslation("review.queue.feedback"));
        feedback.addClassName("kasang-review-feedback");
        feedback.setHelperText(getTranslation("review.queue.feedback-help"));
        feedback.setMaxLength(MAX_FEEDBACK);
        feedback.setWidthFull();
        feedback.setMinHeight("8rem");
        feedback.addValueChangeListener(change -> feedback.setInvalid(false));
        Button approve = new Button(getTranslation("review.queue.approve"), click -> decide(Decision.APPROVED));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button revise = new Button(getTranslation("review.queue.return"), click -> decide(Decision.RETURNED));
        revise.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(approve, revise);
        actions.addClassName("kasang-actions");
        rubric.add(total, feedback, actions);
        return rubric;
    }

    private void showTotal() {
        int points = scores.values().stream().map(RadioButtonGroup::getValue)
                .filter(java.util.Objects::nonNull).mapToInt(AssignmentPaper.Level::points).sum();
        total.setText(getTranslation("review.queue.total", points, paper.maxPoints()));
    }

    private void decide(Decision decision) {
        feedback.setInvalid(false);
        try {
            if (decision == Decision.RETURNED && feedback.getValue().isBlank()) {
                // The learner needs to know what to change: asked before anything else.
                throw new InvalidInput("review.error.feedback");
            }
            Map<String, String> chosen = new LinkedHashMap<>();
            scores.forEach((criterion, group) -> {
                if (group.getValue() != null) {
                    chosen.put(criterion, group.getValue().id());
                }
            });
            reviews.review(submission.id(), chosen, feedback.getValue(), decision);
            Notification.show(getTranslation(decision == Decision.APPROVED ? "review.queue.approved" : "review.queue.returned"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (InvalidInput e) {
            refused(e);
        }
    }

    /** Shows the refusal, naming criteria by their title in the coach's language, and marks the input. */
    private void refused(InvalidInput e) {
        Object[] args = Arrays.stream(e.args())
                .map(arg -> arg instanceof String id && scores.containsKey(id) ? scores.get(id).getLabel() : arg).toArray();
        String message = getTranslation(e.key(), args);
        Arrays.stream(e.args()).filter(arg -> arg instanceof String id && scores.containsKey(id)).findFirst()
                .ifPresent(id -> {
                    scores.get((String) id).setErrorMessage(message);
                    scores.get((String) id).setInvalid(true);
                });
        if (e.key().startsWith("review.error.feedback")) {
            feedback.setErrorMessage(message);
            feedback.setInvalid(true);
        }
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
