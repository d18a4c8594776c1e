package org.kasang.catalogue;

/** Where a course stands for trainers: only a draft, in the catalogue, or taken out of it. */
public enum CourseStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
