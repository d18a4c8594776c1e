package org.kasang.assignments;

import org.kasang.catalogue.AssignmentPaper;

/** A submission as a reviewer reads it: the learner's work beside the template and rubric it answers. */
public record ReviewedSubmission(Submission submission, AssignmentPaper assignment) {
}
