package org.kasang.scale;

import org.kasang.scale.Courses.Course;
import org.kasang.scale.Courses.Item;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Turns simulated enrolments into rows of learning's tables, and of the evidence they give. */
final class LearningTables {

    static final String RECORD_COLUMNS = "idempotency_key, person_id, verb, object_type, object_id, course_id, "
            + "course_version, score_scaled, success, completion, response, cbo_id, mode, session_id, recorded_by, "
            + "occurred_at, stored_at";

    private LearningTables() {
    }

    /** Learning records whose stored_at falls in one time slice of the programme. */
    static final class Records implements Learning.Sink {
        private final Copy copy;
        private final int startDay, days, slices;
        private int slice;

        Records(Copy copy, int startDay, int untilDay, int slices) {
            this.copy = copy;
            this.startDay = startDay;
            this.days = untilDay - startDay + 1;
            this.slices = slices;
        }

        void slice(int slice) {
            this.slice = slice;
        }

        private int sliceOf(long stored) {
            long s = (long) (Time.day(stored) - startDay) * slices / days;
            return (int) Math.max(0, Math.min(slices - 1, s));
        }

        @Override
        public void enrolment(Trace t) {
            Course course = t.course;
            for (int k = 0; k < t.records; k++) {
                long at = t.at[k];
                long stored = t.mode[k] == Trace.FACILITATED_MODE ? Time.at(Time.day(at), 17, 0)
                        : at + 1 + (t.person + k) % 3;
                if (sliceOf(stored) != slice) {
                    continue;
                }
                Item item = t.item[k] < 0 ? null : course.items.get(t.item[k]);
                String key, verb, type, object;
                switch (t.kind[k]) {
                    case Trace.REGISTERED -> {
                        key = "registered:" + t.person + ":" + course.id;
                        verb = "REGISTERED";
                        type = "COURSE";
                        object = course.id;
                    }
                    case Trace.LAUNCHED -> {
                        key = "launched:" + t.person + ":" + item.id;
                        verb = "LAUNCHED";
                        type = objectType(item);
                        object = item.id;
                    }
                    case Trace.LESSON -> {
                        key = "completed:" + t.person + ":" + item.id;
                        verb = "COMPLETED";
                        type = "LESSON";
                        object = item.id;
                    }
                    case Trace.ATTEMPT -> {
                        long high = (t.uuidHigh[k] & ~0xF000L) | 0x4000L;
                        long low = (t.uuidLow[k] & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
                        key = "attempt:" + t.person + ":" + item.id + ":" + new UUID(high, low);
                        verb = t.attempt[k] == 1 ? "PASSED" : "FAILED";
                        type = "QUIZ";
                        object = item.id;
                    }
                    case Trace.SUBMITTED -> {
                        key = "submitted:" + t.person + ":" + item.id + ":" + t.attempt[k];
                        verb = "COMPLETED";
                        type = "ASSIGNMENT";
                        object = item.id;
                    }
                    case Trace.COURSE -> {
                        key = "completed:" + t.person + ":" + course.id;
                        verb = "COMPLETED";
                        type = "COURSE";
                        object = course.id;
                    }
                    default -> {
                        key = "facilitated:" + t.session[k] + ":" + t.person + ":" + item.id;
                        verb = "COMPLETED";
                        type = "LESSON";
                        object = item.id;
                    }
                }
                copy.add(key).add(t.person).add(verb).add(type).add(object).add(course.id).add(1);
                byte kind = t.kind[k];
                if (kind == Trace.ATTEMPT) {
                    int score = t.score[k];
                    copy.add(score == 100 ? "1.00" : score < 10 ? "0.0" + score : "0." + score).add(t.attempt[k] == 1)
                            .add(true).add(response(item, t.right[k], t.uuidLow[k]));
                } else {
                    copy.nil().nil();
                    if (kind == Trace.REGISTERED || kind == Trace.LAUNCHED) {
                        copy.nil();
                    } else {
                        copy.add(true);
                    }
                    copy.nil();
                }
                copy.add(t.cboId).add(Trace.MODES[t.mode[k]]).id(t.session[k]).id(t.by[k]).timestamp(at).timestamp(stored);
                copy.row();
            }
        }

        private static String objectType(Item item) {
            return switch (item.type) {
                case Courses.LESSON -> "LESSON";
                case Courses.ASSIGNMENT -> "ASSIGNMENT";
                default -> "QUIZ";
            };
        }

        /** The options chosen: exactly the right ones where the question was answered right, a wrong set elsewhere. */
        private static String response(Item quiz, long right, long noise) {
            StringBuilder json = new StringBuilder("{");
            for (int q = 0; q < quiz.questions.length; q++) {
                json.append(q == 0 ? "" : ", ").append('"').append(quiz.questions[q]).append("\": [");
                String[] options = quiz.options[q];
                int correct = quiz.correct[q];
                int chosen;
                if ((right & (1L << q)) != 0) {
                    chosen = correct;
                } else if (Integer.bitCount(correct) > 1) {
                    chosen = Integer.lowestOneBit(correct);
                } else {
                    int wrong = options.length - 1;
                    int pick = (int) Math.floorMod(noise >>> (q * 3), (long) wrong);
                    chosen = 0;
                    for (int o = 0, seen = 0; o < options.length; o++) {
                        if ((correct & (1 << o)) == 0 && seen++ == pick) {
                            chosen = 1 << o;
                        }
                    }
                }
                boolean first = true;
                for (int o = 0; o < options.length; o++) {
                    if ((chosen & (1 << o)) != 0) {
                        json.append(first ? "" : ", ").append('"').append(options[o]).append('"');
                        first = false;
                    }
                }
                json.append(']');
            }
            return json.append('}').toString();
        }
    }

    /**
     * Current state beside the records: item_state, course_state and the per-(CBO, course) summary, help requests,
     * submissions, and the evidence that completions and approvals give.
     */
    static final class States implements Learning.Sink {
        private final Copy courseStates, itemStates, help, submissions, evidence;
        private final Registry registry;
        private final int courses;
        /** per CBO × course: enrolled, in progress, completed, help open */
        final int[] summary;

        States(List<Connection> connections, Registry registry, int courses) throws SQLException {
            this.registry = registry;
            this.courses = courses;
            courseStates = new Copy(connections.get(0), "course_state", "person_id, course_id, cbo_id, status, "
                    + "items_completed, best_score, resume_item_id, enrolled_at, last_activity_at, completed_at, completed_mode");
            itemStates = new Copy(connections.get(1), "item_state", "person_id, item_id, course_id, status, attempts, "
                    + "best_score, passed, mode, updated_at, completed_at");
            help = new Copy(connections.get(2), "help_request", "person_id, cbo_id, course_id, item_id, question_id, "
                    + "message, status, created_at, answer, answered_by, answered_at");
            submissions = new Copy(connections.get(3), "submission", "id, person_id, cbo_id, course_id, assignment_id, "
                    + "revision, status, answers, created_at, updated_at, submitted_at, version");
            evidence = new Copy(connections.get(4), "evidence", Capacity.EVIDENCE_COLUMNS);
            summary = new int[registry.cboCommune.length * courses * 4];
        }

        @Override
        public void enrolment(Trace t) {
            Course course = t.course;
            int s = (t.cbo * courses + course.index) * 4;
            summary[s]++;
            if (t.courseStatus == Trace.IN_PROGRESS) {
                summary[s + 1]++;
            } else if (t.courseStatus == Trace.DONE) {
                summary[s + 2]++;
            }
            courseStates.add(t.person).add(course.id).add(t.cboId).add(Trace.COURSE_STATUS[t.courseStatus])
                    .add(t.itemsCompleted);
            if (t.bestScore < 0) {
                courseStates.nil();
            } else {
                courseStates.add(t.bestScore);
            }
            courseStates.add(t.resume < 0 ? null : course.items.get(t.resume).id).timestamp(t.enrolledAt)
                    .timestamp(t.lastActivity);
            if (t.courseStatus == Trace.DONE) {
                courseStates.timestamp(t.courseCompletedAt).add(Trace.MODES[t.completedMode]);
            } else {
                courseStates.nil().nil();
            }
            courseStates.row();
            for (Item item : course.items) {
                int i = item.index;
                if (t.status[i] == 0) {
                    continue;
                }
                itemStates.add(t.person).add(item.id).add(course.id).add(Trace.ITEM_STATUS[t.status[i]]).add(t.attempts[i]);
                if (t.best[i] < 0) {
                    itemStates.nil();
                } else {
                    itemStates.add(t.best[i]);
                }
                if (t.passed[i] < 0) {
                    itemStates.nil();
                } else {
                    itemStates.add(t.passed[i] == 1);
                }
                itemStates.add(Trace.MODES[t.itemMode[i]]).timestamp(t.updatedAt[i]);
                if (t.completedAt[i] == 0) {
                    itemStates.nil();
                } else {
                    itemStates.timestamp(t.completedAt[i]);
                }
                itemStates.row();
            }
            helpRequests(t, course, s);
            if (t.submitted) {
                submission(t, course);
            }
            if (t.courseStatus == Trace.DONE) {
                evidence.add(t.cboId).add("COURSE_COMPLETED").date(Time.day(t.courseCompletedAt)).add(t.person)
                        .add("learning_record").add("completed:" + t.person + ":" + course.id)
                        .add(Json.object("courseId", Json.string(course.id), "mode", Json.string(Trace.MODES[t.completedMode])))
                        .timestamp(t.courseCompletedAt).add(t.person).nil().nil();
                evidence.row();
            }
        }

        private void helpRequests(Trace t, Course course, int s) {
            int language = t.person % 10 < 7 ? 1 : 0;
            for (int h = 0; h < t.helps; h++) {
                Item item = course.items.get(t.helpItem[h]);
                int variant = t.helpVariant[h];
                String[] message = Vocabulary.HELP[variant % Vocabulary.HELP.length];
                help.add(t.person).add(t.cboId).add(course.id).add(item.id)
                        .add(t.helpQuestion[h] < 0 ? null : item.questions[t.helpQuestion[h]])
                        .add(Vocabulary.fill(message[language], language, course.topic + variant / 7, 0, 0));
                if (t.answeredAt[h] == 0) {
                    summary[s + 3]++;
                    help.add("OPEN").timestamp(t.helpAt[h]).nil().nil().nil();
                } else {
                    String[] answer = Vocabulary.ANSWERS[variant % Vocabulary.ANSWERS.length];
                    help.add("ANSWERED").timestamp(t.helpAt[h])
                            .add(Vocabulary.fill(answer[language], language, course.topic + variant / 7, 0, 0))
                            .add(t.answeredBy[h]).timestamp(t.answeredAt[h]);
                }
                help.row();
            }
        }

        private void submission(Trace t, Course course) {
            Item item = course.items.get(t.submissionItem);
            submissions.add(t.submissionId).add(t.person).add(t.cboId).add(course.id).add(item.id).add(t.revision)
                    .add(Trace.SUBMISSION_STATUS[t.submissionStatus]).add(answers(registry, t))
                    .timestamp(t.submissionCreated).timestamp(t.submissionUpdated).timestamp(t.submittedAt)
                    .add(t.submissionVersion);
            submissions.row();
            for (int k = 0; k < t.reviews; k++) {
                if (t.approved[k]) {
                    long at = t.reviewedAt[k];
                    evidence.add(t.cboId).add("ASSIGNMENT_APPROVED").date(Time.day(at)).add(t.person).add("submission")
                            .add(String.valueOf(t.submissionId))
                            .add(Json.object("assignmentId", Json.string(item.id), "courseId", Json.string(course.id)))
                            .timestamp(at).add(t.reviewer).add(t.reviewer).timestamp(at);
                    evidence.row();
                }
            }
        }

        /** Finishes every stream, then writes the summaries the coach dashboards read. */
        void finish(Connection connection, List<Course> list, Report report) throws SQLException {
            report.rows("course_state", courseStates.finish());
            report.rows("item_state", itemStates.finish());
            report.rows("help_request", help.finish());
            report.rows("submission", submissions.finish());
            report.rows("evidence", evidence.finish());
            try (Copy c = new Copy(connection, "cbo_course_summary",
                    "cbo_id, course_id, enrolled, in_progress, completed, help_open")) {
                for (int cbo = 0; cbo < registry.cboCommune.length; cbo++) {
                    for (int course = 0; course < courses; course++) {
                        int s = (cbo * courses + course) * 4;
                        if (summary[s] > 0) {
                            c.add(registry.cboId(cbo)).add(list.get(course).id).add(summary[s]).add(summary[s + 1])
                                    .add(summary[s + 2]).add(summary[s + 3]);
                            c.row();
                        }
                    }
                }
                report.rows("cbo_course_summary", c.finish());
            }
        }

        void close() throws SQLException {
            for (Copy c : new Copy[] {courseStates, itemStates, help, submissions, evidence}) {
                c.close();
            }
        }
    }

    /** Reviews of submissions: written once the submissions they point at are stored. */
    static final class Reviews implements Learning.Sink {
        private final Copy copy;
        private final Registry registry;

        Reviews(Copy copy, Registry registry) {
            this.copy = copy;
            this.registry = registry;
        }

        @Override
        public void enrolment(Trace t) {
            if (!t.submitted) {
                return;
            }
            String answers = answers(registry, t);
            for (int k = 0; k < t.reviews; k++) {
                int variant = t.reviewVariant[k];
                boolean approved = t.approved[k];
                StringBuilder scores = new StringBuilder("{");
                int points = 0;
                for (int c = 0; c < Courses.CRITERIA.length; c++) {
                    int level = approved ? 1 + ((variant >> c) & 1) : c == 0 ? 0 : (variant >> c) & 1;
                    points += level + 1;
                    scores.append(c == 0 ? "" : ", ").append(Json.string(Courses.CRITERIA[c])).append(": ")
                            .append(Json.string(Courses.LEVELS[level]));
                }
                String feedback = approved ? (variant % 2 == 0 ? null : "Clear and complete: well done.")
                        : "Please add the figures from the commune budget and say where you found them.";
                copy.add(t.submissionId).add(t.reviewRevision[k]).add(t.reviewer).add(scores.append('}').toString())
                        .add(points).add(3 * Courses.CRITERIA.length).add(feedback).add(approved ? "APPROVED" : "RETURNED")
                        .timestamp(t.reviewedAt[k]).add(answers).add("[]");
                copy.row();
            }
        }
    }

    static String answers(Registry registry, Trace t) {
        int v = t.answersVariant;
        String[] next = {"letter", "meeting", "forum"};
        return Json.object("place", Json.string(registry.communes.get(registry.cboCommune[t.cbo]).nameEn()),
                "members", Json.string(String.valueOf(2 + v % 9)),
                "findings", Json.string(Vocabulary.fill("Good {a} helps {b} and {c}.", 0, t.course.topic, v, v / 3)),
                "next-step", Json.string(next[v % 3]));
    }
}
