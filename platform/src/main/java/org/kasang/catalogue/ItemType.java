package org.kasang.catalogue;

public enum ItemType {
    LESSON,
    /** A quiz after lessons; the course's completion rule may require passing it. */
    QUIZ,
    /** A quiz before a module's lessons, measuring what learners already know; done once attempted. */
    PRE_TEST,
    /** Practical work in a structured template, reviewed by the CBO's coach against a rubric; done once submitted. */
    ASSIGNMENT
}
