package org.kasang.indicators;

/** What a piece of evidence says about a CBO. */
public enum EvidenceKind {
    /** A member completed a course (details: courseId, mode). */
    COURSE_COMPLETED,
    /** A member's assignment was approved by their coach (details: assignmentId, courseId). */
    ASSIGNMENT_APPROVED,
    /** A verified milestone (details: kind, level, issue, authority). */
    MILESTONE,
    /** The CBO scored itself in a capacity area (details: areaCode, round, score). */
    SELF_ASSESSMENT
}
