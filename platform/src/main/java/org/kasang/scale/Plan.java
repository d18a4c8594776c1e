package org.kasang.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * One CBO's programme before anything is simulated: which members enrol in which courses (on their own or in
 * facilitated sessions), the facilitated sessions their coach holds, and the coach's visits with who came and what
 * was agreed. Session ids are handed out here, in CBO order, so every pass numbers them alike.
 */
final class Plan {

    static final String[] VISIT_KINDS = {"FIELD_VISIT", "PHONE", "ONLINE"};

    static final class Enrolment {
        int member;
        int course;
        boolean facilitated;
        /** facilitated only: the first session attended and how many in a row */
        int firstSession, sessions;
    }

    /** The facilitated sessions of one course in this CBO: session j covers module j's lessons. */
    static final class Group {
        int course;
        int[] days;
        long[] ids;
        List<List<Integer>> present = new ArrayList<>();
    }

    static final class Visit {
        long id;
        int day;
        int kind;
        int[] present;
        String topics;
        String notes;
        int actions;
        int[] actionText = new int[3], actionOwner = new int[3], actionDue = new int[3];
        long[] actionDone = new long[3];
    }

    int cbo;
    int coach = -1;
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();

    Group group(int course) {
        for (Group g : groups) {
            if (g.course == course) {
                return g;
            }
        }
        return null;
    }
}
