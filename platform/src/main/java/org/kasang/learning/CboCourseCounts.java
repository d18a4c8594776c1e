package org.kasang.learning;

/** Members of one CBO in one course: enrolled (all), in progress, completed, open help requests. */
public record CboCourseCounts(long cboId, String courseId, int enrolled, int inProgress, int completed, int helpOpen) {
}
