package org.kasang.learning;

public enum CourseStatus {
    ENROLLED, IN_PROGRESS, COMPLETED
}
