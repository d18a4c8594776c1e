package org.kasang.scale;

import java.util.Arrays;

/**
 * Everything one enrolment (a person in a course) left behind: its learning records, and the item states, course
 * state, help requests and submission as the app's services would have them after those records. Reused from one
 * enrolment to the next, so a pass over ten million records allocates almost nothing.
 */
final class Trace {

    // record kinds
    static final byte REGISTERED = 0, LAUNCHED = 1, LESSON = 2, ATTEMPT = 3, SUBMITTED = 4, COURSE = 5, FACILITATED = 6;
    // modes
    static final byte SELF = 0, FACILITATED_MODE = 2;
    static final String[] MODES = {"SELF", "COACH", "FACILITATED"};
    // item statuses (0: no row)
    static final byte STARTED = 1, NEEDS_HELP = 2, COMPLETED = 3;
    static final String[] ITEM_STATUS = {null, "STARTED", "NEEDS_HELP", "COMPLETED"};
    // course statuses
    static final byte ENROLLED = 0, IN_PROGRESS = 1, DONE = 2;
    static final String[] COURSE_STATUS = {"ENROLLED", "IN_PROGRESS", "COMPLETED"};
    // submission statuses
    static final String[] SUBMISSION_STATUS = {"SUBMITTED", "RETURNED", "APPROVED"};

    int member;
    long person, account;
    int cbo;
    long cboId;
    Courses.Course course;

    // records
    int records;
    byte[] kind = new byte[64];
    int[] item = new int[64];
    long[] at = new long[64];
    int[] attempt = new int[64];
    int[] score = new int[64];
    long[] right = new long[64];
    long[] session = new long[64];
    byte[] mode = new byte[64];
    long[] by = new long[64];
    long[] uuidHigh = new long[64], uuidLow = new long[64];

    // item states, by item index
    byte[] status = new byte[40];
    int[] attempts = new int[40];
    int[] best = new int[40];
    byte[] passed = new byte[40]; // -1 null, 0 false, 1 true
    byte[] itemMode = new byte[40];
    long[] updatedAt = new long[40], completedAt = new long[40];

    // course state
    byte courseStatus;
    int itemsCompleted, bestScore, resume, lessonsDone, quizzesPassed;
    long enrolledAt, lastActivity, lastMove, courseCompletedAt;
    byte completedMode;
    long completionSession, completionBy;

    // help requests
    int helps;
    int[] helpItem = new int[8], helpQuestion = new int[8], helpVariant = new int[8];
    long[] helpAt = new long[8], answeredAt = new long[8], answeredBy = new long[8];

    // the submission of the course's assignment, if handed in
    boolean submitted;
    long submissionId;
    int submissionItem, revision, submissionStatus, submissionVersion, answersVariant;
    long submissionCreated, submissionUpdated, submittedAt;
    int reviews;
    int[] reviewRevision = new int[8], reviewVariant = new int[8];
    long[] reviewedAt = new long[8];
    boolean[] approved = new boolean[8];
    long reviewer;

    void reset(int items) {
        records = 0;
        if (status.length < items) {
            int n = items * 2;
            status = new byte[n];
            attempts = new int[n];
            best = new int[n];
            passed = new byte[n];
            itemMode = new byte[n];
            updatedAt = new long[n];
            completedAt = new long[n];
        }
        Arrays.fill(status, 0, items, (byte) 0);
        Arrays.fill(attempts, 0, items, 0);
        Arrays.fill(best, 0, items, -1);
        Arrays.fill(passed, 0, items, (byte) -1);
        Arrays.fill(updatedAt, 0, items, 0);
        Arrays.fill(completedAt, 0, items, 0);
        courseStatus = ENROLLED;
        itemsCompleted = 0;
        lessonsDone = 0;
        quizzesPassed = 0;
        bestScore = -1;
        resume = -1;
        enrolledAt = lastActivity = lastMove = courseCompletedAt = 0;
        completionSession = completionBy = 0;
        helps = 0;
        submitted = false;
        reviews = 0;
    }

    /** Appends a record; the caller fills its result fields at index {@code records - 1}. */
    int record(byte recordKind, int itemIndex, long time, byte recordMode, long sessionId, long recordedBy) {
        if (records == kind.length) {
            grow();
        }
        int r = records++;
        kind[r] = recordKind;
        item[r] = itemIndex;
        at[r] = time;
        attempt[r] = 0;
        score[r] = -1;
        right[r] = 0;
        mode[r] = recordMode;
        session[r] = sessionId;
        by[r] = recordedBy;
        return r;
    }

    int help(int itemIndex, int question, long time, long answered, long answerer, int variant) {
        if (helps == helpItem.length) {
            int n = helps * 2;
            helpItem = Arrays.copyOf(helpItem, n);
            helpQuestion = Arrays.copyOf(helpQuestion, n);
            helpVariant = Arrays.copyOf(helpVariant, n);
            helpAt = Arrays.copyOf(helpAt, n);
            answeredAt = Arrays.copyOf(answeredAt, n);
            answeredBy = Arrays.copyOf(answeredBy, n);
        }
        int h = helps++;
        helpItem[h] = itemIndex;
        helpQuestion[h] = question;
        helpAt[h] = time;
        answeredAt[h] = answered;
        answeredBy[h] = answerer;
        helpVariant[h] = variant;
        return h;
    }

    void review(int rev, long time, boolean approve, int variant) {
        if (reviews == reviewRevision.length) {
            int n = reviews * 2;
            reviewRevision = Arrays.copyOf(reviewRevision, n);
            reviewVariant = Arrays.copyOf(reviewVariant, n);
            reviewedAt = Arrays.copyOf(reviewedAt, n);
            approved = Arrays.copyOf(approved, n);
        }
        int k = reviews++;
        reviewRevision[k] = rev;
        reviewedAt[k] = time;
        approved[k] = approve;
        reviewVariant[k] = variant;
    }

    private void grow() {
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        item = Arrays.copyOf(item, n);
        at = Arrays.copyOf(at, n);
        attempt = Arrays.copyOf(attempt, n);
        score = Arrays.copyOf(score, n);
        right = Arrays.copyOf(right, n);
        session = Arrays.copyOf(session, n);
        mode = Arrays.copyOf(mode, n);
        by = Arrays.copyOf(by, n);
        uuidHigh = Arrays.copyOf(uuidHigh, n);
        uuidLow = Arrays.copyOf(uuidLow, n);
    }
}
