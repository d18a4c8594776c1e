package org.kasang.assignments;

import org.kasang.catalogue.AssignmentPaper;

/**
 * A submission as a reviewer reads it: the learner's work beside the template and rubric it answers, with
 * whose work it is and the CBO it was handed in to (null when the learner had none).
 */
public record ReviewedSubmission(Submission submission, AssignmentPaper assignment, String memberName,
                                 String cboName) {
}
