package org.kasang.catalogue;

/** When a course counts as done, in cmi5's words. */
public enum CompletionRule {
    Completed, Passed, CompletedAndPassed, CompletedOrPassed;

    /**
     * @param lessonsDone every lesson is completed
     * @param quizzesPassed every quiz is passed (true when the course has none)
     */
    public boolean satisfied(boolean lessonsDone, boolean quizzesPassed) {
        return switch (this) {
            case Completed -> lessonsDone;
            case Passed -> quizzesPassed;
            case CompletedAndPassed -> lessonsDone && quizzesPassed;
            case CompletedOrPassed -> lessonsDone || quizzesPassed;
        };
    }
}
