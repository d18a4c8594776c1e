package org.kasang.indicators;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One thing a rule asks of a CBO's evidence (or, for indicators counted in people, of one member's). Stored as
 * JSON with a "type" field inside capacity levels and indicators.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.CourseCompletions.class, name = "COURSE_COMPLETIONS"),
        @JsonSubTypes.Type(value = Criterion.ApprovedAssignment.class, name = "APPROVED_ASSIGNMENT"),
        @JsonSubTypes.Type(value = Criterion.Milestone.class, name = "MILESTONE"),
        @JsonSubTypes.Type(value = Criterion.SelfAssessment.class, name = "SELF_ASSESSMENT"),
        @JsonSubTypes.Type(value = Criterion.CapacityLevel.class, name = "CAPACITY_LEVEL")})
public sealed interface Criterion {

    /**
     * At least minMembers members completed the course, at least minWomen of them women. Judged for one person:
     * that person completed it.
     */
    record CourseCompletions(String courseId, int minMembers, int minWomen) implements Criterion {
    }

    /** An assignment of the CBO (e.g. its advocacy action plan) was approved by its coach. */
    record ApprovedAssignment(String assignmentId) implements Criterion {
    }

    /** A verified milestone of this kind (any kind when null) at this level of government or higher. */
    record Milestone(MilestoneKind kind, GovernmentLevel minLevel) implements Criterion {
    }

    /** The CBO's latest self-assessment in the area scored at least minScore (1–5). */
    record SelfAssessment(String areaCode, int minScore) implements Criterion {
    }

    /** The CBO holds at least this level in the capacity area (for indicators over capacity). */
    record CapacityLevel(String areaCode, int minRank) implements Criterion {
    }
}
