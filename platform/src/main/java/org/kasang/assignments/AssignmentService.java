package org.kasang.assignments;

import org.kasang.assignments.internal.AnswerRules;
import org.kasang.assignments.internal.FileNames;
import org.kasang.assignments.internal.SubmissionRows;
import org.kasang.assignments.internal.SubmissionRows.Row;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.common.InvalidInput;
import org.kasang.documents.AttachmentService;
import org.kasang.learning.LearningService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.CurrentUser;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's own assignments: fill the template, attach files, save a draft, submit, and after the coach
 * returns it revise and submit again. Bad input changes nothing; submitted and approved work is read-only.
 */
@Service
@PreAuthorize("hasRole('LEARNER')")
public class AssignmentService {

    private final SubmissionRows rows;
    private final CatalogueService catalogue;
    private final LearningService learning;
    private final OrganisationService organisations;
    private final AttachmentService attachments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int maxFiles;
    private final long maxPhotoBytes;
    private final long maxTotalBytes;

    AssignmentService(SubmissionRows rows, CatalogueService catalogue, LearningService learning,
                      OrganisationService organisations, AttachmentService attachments, CurrentUser currentUser,
                      Clock clock, @Value("${kasang.submissions.max-files:5}") int maxFiles,
                      @Value("${kasang.submissions.max-total-kb:20480}") long maxTotalKb,
                      @Value("${kasang.submissions.max-photo-kb:8192}") long maxPhotoKb) {
        this.maxPhotoBytes = maxPhotoKb * 1024;
        this.rows = rows;
        this.catalogue = catalogue;
        this.learning = learning;
        this.organisations = organisations;
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxFiles = maxFiles;
        this.maxTotalBytes = maxTotalKb * 1024;
    }

    /** My work on the assignment, or an empty draft when I have not started it. */
    @Transactional(readOnly = true)
    public Submission mine(String assignmentId) {
        long me = me().personId();
        AssignmentPaper paper = paper(assignmentId);
        return rows.of(me, assignmentId).map(rows::full)
                .orElseGet(() -> Submission.empty(me, paper.courseId(), assignmentId));
    }

    /** @param answers field id → answer; a blank answer clears the field */
    @Transactional
    public Submission saveDraft(String assignmentId, Map<String, String> answers) {
        AssignmentPaper paper = paper(assignmentId);
        Map<String, String> clean = AnswerRules.clean(paper, answers);
        Row row = editable(paper);
        changed(rows.saveAnswers(row, clean, clock.instant()));
        return rows.full(rows.find(row.id()).orElseThrow());
    }

    /** Saves the answers and hands them in as the next revision; the item counts as done in the course. */
    @Transactional
    public Submission submit(String assignmentId, Map<String, String> answers) {
        AssignmentPaper paper = paper(assignmentId);
        Map<String, String> clean = AnswerRules.clean(paper, answers);
        AnswerRules.requireComplete(paper, clean);
        Row row = editable(paper);
        Long cbo = organisations.currentCboOf(row.personId()).orElse(null);
        changed(rows.submit(row, clean, cbo, clock.instant()));
        learning.assignmentSubmitted(paper.courseId(), assignmentId, row.revision() + 1);
        return rows.full(rows.find(row.id()).orElseThrow());
    }

    /** Checks the file as handouts are checked (type from the bytes, size, whole) and keeps it with my work. */
    @Transactional
    public Submission attach(String assignmentId, String fileName, byte[] bytes) {
        AssignmentPaper paper = paper(assignmentId);
        String name = FileNames.sanitise(fileName);
        AttachmentService.Checked checked = attachments.check(name, bytes, maxPhotoBytes);
        Row row = editable(paper);
        List<SubmissionFile> others = rows.files(row.id()).stream().filter(f -> !f.name().equals(name)).toList();
        if (others.size() >= maxFiles) {
            throw new InvalidInput("submission.error.too-many-files", maxFiles);
        }
        if (others.stream().mapToLong(SubmissionFile::sizeBytes).sum() + bytes.length > maxTotalBytes) {
            throw new InvalidInput("submission.error.files-too-large", maxTotalBytes / 1024);
        }
        Instant now = clock.instant();
        changed(rows.touch(row, now));
        rows.addFile(row.id(), name, checked.mediaType(), bytes, sha256(bytes), now);
        return rows.full(rows.find(row.id()).orElseThrow());
    }

    @Transactional
    public Submission removeFile(String assignmentId, long fileId) {
        AssignmentPaper paper = paper(assignmentId);
        Row row = editable(paper);
        changed(rows.touch(row, clock.instant()));
        if (!rows.removeFile(row.id(), fileId)) {
            throw new InvalidInput("submission.error.file-gone");
        }
        return rows.full(rows.find(row.id()).orElseThrow());
    }

    /** A file of my own work. */
    @Transactional(readOnly = true)
    public Optional<FileContent> file(long submissionId, long fileId) {
        long me = me().personId();
        return rows.find(submissionId).filter(row -> row.personId() == me)
                .flatMap(row -> rows.content(row.id(), fileId));
    }

    /**
     * Everything I have started or handed in, most recently changed first, with the last review. A learner
     * has at most one submission per assignment, so the list stays short; titles come from each course once.
     */
    @Transactional(readOnly = true)
    public List<SubmissionSummary> mySubmissions() {
        Map<String, CourseOutline> outlines = new HashMap<>();
        return rows.listOf(me().personId()).stream().map(listed -> {
            Row row = listed.row();
            CourseOutline outline = outlines.computeIfAbsent(row.courseId(), catalogue::outline);
            var assignmentTitle = outline.item(row.assignmentId()).map(CourseOutline.Item::title)
                    .orElseGet(() -> catalogue.assignment(row.assignmentId(), Locale.ENGLISH).title());
            return new SubmissionSummary(row.id(), row.courseId(), outline.title(), row.assignmentId(), assignmentTitle,
                    row.status(), row.revision(), row.updatedAt(), listed.lastReview());
        }).toList();
    }

    /** My submission, created as a draft if need be, refused when it is not mine to change now. */
    private Row editable(AssignmentPaper paper) {
        SignedInUser me = me();
        Row row = rows.of(me.personId(), paper.id()).orElseGet(() -> rows.ensure(me.personId(),
                organisations.currentCboOf(me.personId()).orElse(null), paper.courseId(), paper.id(), clock.instant()));
        switch (row.status()) {
            case SUBMITTED -> throw new InvalidInput("submission.error.waiting");
            case APPROVED -> throw new InvalidInput("submission.error.approved");
            default -> {
                return row;
            }
        }
    }


    private AssignmentPaper paper(String assignmentId) {
        return catalogue.assignment(assignmentId, Locale.ENGLISH);
    }

    static void changed(boolean updated) {
        if (!updated) {
            throw new InvalidInput("submission.error.changed");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SignedInUser me() {
        return currentUser.require();
    }
}
