package org.kasang.scale;

import org.kasang.scale.Courses.Course;
import org.kasang.scale.Courses.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Acts out the programme, CBO by CBO and member by member, by the rules the app's learning services apply: a
 * learner enrols, opens items, completes lessons, attempts quizzes, hands in assignments and asks for help; every
 * step appends records and moves item and course state exactly as LearningService, CourseProgression,
 * FacilitatedLearning and HelpDesk do, so the states always agree with the records. Deterministic: every CBO,
 * member and enrolment draws from its own random stream, so any pass over the programme sees the same programme.
 */
final class Learning {

    interface Sink {
        default void cbo(Plan plan) {
        }

        default void enrolment(Trace trace) {
        }
    }

    private static final boolean STOP = false, GO_ON = true;

    private final Registry r;
    private final List<Course> courses;
    private final Seeds seeds;
    private final int startDay, untilDay;
    final long now;
    private final double[] cumulativePopularity;
    private final int[] facilitatedCourses;
    private final long sessionBase, submissionBase;
    private final Trace trace = new Trace();
    /** The mean number of courses a learner enrols in beyond the first: calibrated to the records wanted. */
    double extraCourses = 2;

    Learning(Registry r, List<Course> courses, Seeds seeds, int startDay, int untilDay, long sessionBase,
             long submissionBase) {
        this.r = r;
        this.courses = courses;
        this.seeds = seeds;
        this.startDay = startDay;
        this.untilDay = untilDay;
        this.now = Time.at(untilDay, 12, 0);
        this.sessionBase = sessionBase;
        this.submissionBase = submissionBase;
        cumulativePopularity = new double[courses.size()];
        double sum = 0;
        for (int c = 0; c < courses.size(); c++) {
            sum += courses.get(c).popularity;
            cumulativePopularity[c] = sum;
        }
        facilitatedCourses = courses.stream().filter(Course::facilitated).mapToInt(c -> c.index).toArray();
    }

    /** Plans every CBO and, with {@code simulate}, every enrolment, handing each to the sink. @return records made */
    long walk(Sink sink, boolean simulate) {
        long[] nextSession = {sessionBase};
        long nextSubmission = submissionBase;
        long records = 0;
        for (int cbo = 0; cbo < r.cboCommune.length; cbo++) {
            Plan plan = plan(cbo, nextSession);
            sink.cbo(plan);
            if (!simulate) {
                continue;
            }
            for (Plan.Enrolment e : plan.enrolments) {
                simulate(plan, e, trace);
                if (trace.records == 0) {
                    continue;
                }
                if (trace.submitted) {
                    trace.submissionId = ++nextSubmission;
                }
                records += trace.records;
                sink.enrolment(trace);
            }
        }
        return records;
    }

    // ── planning ──────────────────────────────────────────────────────────────────────────────────────────────

    private Plan plan(int cbo, long[] nextSession) {
        Plan plan = new Plan();
        plan.cbo = cbo;
        plan.coach = r.coachOf[cbo];
        double activity = r.cboStatus[cbo] == 0 ? 1 : r.cboStatus[cbo] == 1 ? 0.5 : 0.3;
        SplittableRandom cr = seeds.of(Seeds.SESSION, cbo);
        int[] ownCourses = new int[0];
        if (plan.coach >= 0 && facilitatedCourses.length > 0) {
            ownCourses = new int[1 + cr.nextInt(Math.min(3, facilitatedCourses.length))];
            for (int k = 0; k < ownCourses.length; k++) {
                ownCourses[k] = facilitatedCourses[cr.nextInt(facilitatedCourses.length)];
            }
        }
        boolean[] chosen = new boolean[courses.size()];
        int first = r.firstMember[cbo], members = r.memberCount[cbo];
        for (int i = first; i < first + members; i++) {
            SplittableRandom mr = seeds.of(Seeds.MEMBER, i, 2);
            boolean learner = r.accountOf[i] != 0;
            int k = learner ? (mr.nextDouble() < 0.15 ? 0 : 1 + Seeds.poisson(mr, extraCourses))
                    : (mr.nextDouble() < 0.4 ? 0 : 1 + Seeds.poisson(mr, extraCourses * 0.3));
            java.util.Arrays.fill(chosen, false);
            for (int j = 0; j < k; j++) {
                if (mr.nextDouble() >= activity) {
                    continue;
                }
                boolean facilitated = ownCourses.length > 0 && (!learner || mr.nextDouble() < 0.1);
                if (!learner && !facilitated) {
                    continue;
                }
                int course = -1;
                for (int attempt = 0; attempt < 8 && (course < 0 || chosen[course]); attempt++) {
                    course = facilitated ? ownCourses[mr.nextInt(ownCourses.length)] : popular(mr);
                }
                if (chosen[course]) {
                    continue; // already enrolled in everything they would pick
                }
                chosen[course] = true;
                Plan.Enrolment e = new Plan.Enrolment();
                e.member = i;
                e.course = course;
                e.facilitated = facilitated;
                plan.enrolments.add(e);
            }
        }
        if (plan.coach >= 0) {
            visits(plan, nextSession);
            facilitatedSessions(plan, nextSession);
        }
        return plan;
    }

    private int popular(SplittableRandom random) {
        double u = random.nextDouble() * cumulativePopularity[cumulativePopularity.length - 1];
        for (int c = 0; c < cumulativePopularity.length; c++) {
            if (u < cumulativePopularity[c]) {
                return c;
            }
        }
        return cumulativePopularity.length - 1;
    }

    private void facilitatedSessions(Plan plan, long[] nextSession) {
        for (Plan.Enrolment e : plan.enrolments) {
            if (!e.facilitated) {
                continue;
            }
            Course course = courses.get(e.course);
            Plan.Group group = plan.group(e.course);
            if (group == null) {
                group = new Plan.Group();
                group.course = e.course;
                SplittableRandom g = seeds.of(Seeds.SESSION, plan.cbo, 100 + e.course);
                int d0 = startDay + 14 + g.nextInt(Math.max(1, untilDay - startDay - 74));
                List<Integer> days = new ArrayList<>();
                for (int j = 0; j < course.modules; j++) {
                    int day = d0 + 14 * j + g.nextInt(5);
                    if (day < untilDay) {
                        days.add(day);
                    }
                }
                group.days = days.stream().mapToInt(Integer::intValue).toArray();
                group.ids = new long[group.days.length];
                for (int j = 0; j < group.days.length; j++) {
                    group.present.add(new ArrayList<>());
                }
                plan.groups.add(group);
            }
            SplittableRandom m = seeds.of(Seeds.MEMBER, e.member, 100 + e.course);
            int f = 0;
            while (f < group.days.length && (group.days[f] <= r.joinDay[e.member] || group.days[f] >= r.leaveDay[e.member])) {
                f++;
            }
            if (f == group.days.length) {
                continue;
            }
            int n = 1;
            while (f + n < group.days.length && group.days[f + n] < r.leaveDay[e.member] && m.nextDouble() < 0.85) {
                n++;
            }
            e.firstSession = f;
            e.sessions = n;
            for (int j = f; j < f + n; j++) {
                group.present.get(j).add(e.member);
            }
        }
        for (Plan.Group group : plan.groups) {
            for (int j = 0; j < group.days.length; j++) {
                if (!group.present.get(j).isEmpty()) {
                    group.ids[j] = ++nextSession[0];
                }
            }
        }
    }

    private void visits(Plan plan, long[] nextSession) {
        int cbo = plan.cbo;
        SplittableRandom v = seeds.of(Seeds.SESSION, cbo, 1);
        int interval = r.cboStatus[cbo] == 0 ? 60 : 120;
        int first = r.firstMember[cbo], members = r.memberCount[cbo];
        int[] current = new int[members];
        for (int day = startDay + v.nextInt(60), count = 0; day < untilDay && (r.cboStatus[cbo] != 2 || count < 3);
             day += interval / 2 + v.nextInt(interval), count++) {
            Plan.Visit visit = new Plan.Visit();
            visit.id = ++nextSession[0];
            visit.day = day;
            double u = v.nextDouble();
            visit.kind = u < 0.55 ? 0 : u < 0.8 ? 1 : 2;
            int n = 0;
            for (int i = first; i < first + members; i++) {
                if (r.joinDay[i] <= day && r.leaveDay[i] > day) {
                    current[n++] = i;
                }
            }
            int want = Math.min(n, visit.kind == 1 ? 1 + v.nextInt(2) : 2 + v.nextInt(7));
            for (int k = 0; k < want; k++) {
                int j = k + v.nextInt(n - k);
                int t = current[k];
                current[k] = current[j];
                current[j] = t;
            }
            visit.present = java.util.Arrays.copyOf(current, want);
            int topics = 1 + v.nextInt(3);
            StringBuilder text = new StringBuilder();
            int topic = v.nextInt(Vocabulary.SESSION_TOPICS.length);
            for (int k = 0; k < topics; k++) {
                text.append(k == 0 ? "" : "\n").append(Vocabulary.SESSION_TOPICS[(topic + 2 * k) % Vocabulary.SESSION_TOPICS.length]);
            }
            visit.topics = text.toString();
            visit.notes = v.nextDouble() < 0.4 ? "Met " + want + " members; next visit agreed for the coming weeks." : null;
            visit.actions = v.nextInt(4);
            for (int a = 0; a < visit.actions; a++) {
                visit.actionText[a] = v.nextInt(Vocabulary.ACTIONS.length);
                visit.actionOwner[a] = v.nextInt(Vocabulary.OWNERS.length);
                int due = day + 14 + v.nextInt(32);
                visit.actionDue[a] = due;
                visit.actionDone[a] = 0;
                if (due < untilDay - 2 && v.nextDouble() < 0.8) {
                    int done = Math.max(day + 1, due - v.nextInt(12));
                    if (done < untilDay) {
                        visit.actionDone[a] = Time.at(done, 8 + v.nextInt(10), v.nextInt(60));
                    }
                }
            }
            plan.visits.add(visit);
        }
    }

    // ── one enrolment ─────────────────────────────────────────────────────────────────────────────────────────

    private void simulate(Plan plan, Plan.Enrolment e, Trace t) {
        Course course = courses.get(e.course);
        int i = e.member;
        t.reset(course.items.size());
        t.member = i;
        t.person = r.personId(i);
        t.account = r.accountOf[i];
        t.cbo = plan.cbo;
        t.cboId = r.cboId(plan.cbo);
        t.course = course;
        long limit = r.leaveDay[i] == Integer.MAX_VALUE ? now : Math.min(now, Time.at(r.leaveDay[i], 0, 0));
        if (e.facilitated) {
            facilitated(plan, e, t, course, limit);
        } else {
            self(plan, t, course, limit);
        }
        answers(t);
    }

    private void self(Plan plan, Trace t, Course course, long limit) {
        SplittableRandom g = seeds.of(Seeds.ENROLMENT, t.person, course.index);
        int from = Math.max(r.joinDay[t.member] + 1, startDay);
        int to = Math.min(r.leaveDay[t.member], untilDay);
        if (to <= from) {
            return;
        }
        int day = from + (int) ((to - from) * Math.pow(g.nextDouble(), 0.75));
        long time = Time.at(day, 7, g.nextInt(840));
        if (time >= limit) {
            return;
        }
        register(t, time, Trace.SELF, 0, t.account);
        if (g.nextDouble() < 0.06) {
            return;
        }
        float ability = r.ability[t.member];
        time += 60 + g.nextInt(600);
        for (Item item : course.items) {
            // Many leave in the first items; fewer later on.
            if (time >= limit || g.nextDouble() < course.dropOff * (item.index < 2 ? 3 : 1)) {
                return;
            }
            long opened = time;
            launch(t, course, item, time);
            if (g.nextDouble() < course.dropOff * 0.5) {
                return;
            }
            if (g.nextDouble() < (item.type == Courses.QUIZ ? 0.04 : 0.015)) {
                time += 120 + g.nextInt(1080);
                help(plan, t, course, item, time, g);
            }
            boolean goOn;
            switch (item.type) {
                case Courses.LESSON -> {
                    time += (long) (item.minutes * Time.MINUTE * (0.6 + g.nextDouble()));
                    goOn = time < limit;
                    if (goOn) {
                        t.record(Trace.LESSON, item.index, time, Trace.SELF, 0, t.account);
                        save(t, course, item.index, Trace.COMPLETED, time, Trace.SELF);
                        move(t, course, time, item.next, Trace.SELF, 0, t.account);
                    }
                }
                case Courses.ASSIGNMENT -> {
                    time += Time.DAY + g.nextInt(5 * Time.DAY);
                    goOn = time < limit && g.nextDouble() >= 0.2;
                    if (goOn) {
                        assignment(plan, t, course, item, opened, time, limit, g);
                    }
                }
                default -> {
                    long[] clock = {time};
                    goOn = quiz(t, course, item, clock, limit, ability, g);
                    time = clock[0];
                }
            }
            if (!goOn) {
                return;
            }
            if (g.nextDouble() < 0.4) {
                // The sitting ends: back some days later, now and then after a long break.
                double days = g.nextDouble() < 0.08 ? 20 + g.nextInt(100) : Seeds.exponential(g, 4);
                int next = Time.day(time) + Math.max(1, (int) Math.round(days));
                time = Time.at(next, 7, g.nextInt(840));
            } else {
                time += 60 + g.nextInt(240);
            }
        }
    }

    /** @return whether the learner goes on to the next item */
    private boolean quiz(Trace t, Course course, Item item, long[] clock, long limit, float ability, SplittableRandom g) {
        int idx = item.index;
        boolean preTest = item.type == Courses.PRE_TEST;
        for (int attemptNo = 0; ; attemptNo++) {
            clock[0] += 180 + g.nextInt(420);
            long time = clock[0];
            if (time >= limit) {
                return STOP;
            }
            int questions = item.questions.length;
            double p = Math.min(0.97, ability + 0.07 * attemptNo - (preTest ? 0.15 : 0));
            long right = 0;
            int count = 0;
            for (int q = 0; q < questions; q++) {
                if (g.nextDouble() < p) {
                    right |= 1L << q;
                    count++;
                }
            }
            int score = 100 * count / questions;
            boolean pass = score >= item.passMark;
            int rec = t.record(Trace.ATTEMPT, idx, time, Trace.SELF, 0, t.account);
            t.score[rec] = score;
            t.right[rec] = right;
            t.attempt[rec] = pass ? 1 : 0;
            t.uuidHigh[rec] = g.nextLong();
            t.uuidLow[rec] = g.nextLong();
            boolean passed = pass || t.passed[idx] == 1;
            if (item.type == Courses.QUIZ && passed && t.passed[idx] != 1) {
                t.quizzesPassed++;
            }
            t.passed[idx] = (byte) (passed ? 1 : 0);
            t.attempts[idx]++;
            t.best[idx] = Math.max(Math.max(t.best[idx], 0), score);
            t.bestScore = Math.max(t.bestScore, t.best[idx]);
            boolean done = passed || preTest;
            byte status = done ? Trace.COMPLETED : t.status[idx] == Trace.NEEDS_HELP ? Trace.NEEDS_HELP : Trace.STARTED;
            save(t, course, idx, status, time, Trace.SELF);
            move(t, course, time, done ? item.next : idx, Trace.SELF, 0, t.account);
            if (done) {
                return GO_ON;
            }
            if (item.attemptsAllowed > 0 && t.attempts[idx] >= item.attemptsAllowed) {
                return g.nextBoolean();
            }
            if (g.nextDouble() < 0.3) {
                return STOP;
            }
            clock[0] += g.nextDouble() < 0.5 ? 600 + g.nextInt(3000) : Time.DAY / 2 + g.nextInt(2 * Time.DAY);
        }
    }

    /** Hands in the assignment, then the coach reviews it: approved, or returned and perhaps handed in again. */
    private void assignment(Plan plan, Trace t, Course course, Item item, long opened, long time, long limit,
                            SplittableRandom g) {
        submit(t, course, item, time, 1);
        t.submitted = true;
        t.submissionItem = item.index;
        t.submissionCreated = opened;
        t.revision = 1;
        t.submittedAt = time;
        t.submissionStatus = 0;
        t.submissionVersion = 1;
        t.submissionUpdated = time;
        t.answersVariant = g.nextInt(1000);
        t.reviewer = plan.coach >= 0 ? r.coachPerson(plan.coach) : 0;
        long handedIn = time;
        while (plan.coach >= 0) {
            long reviewed = handedIn + 2 * Time.HOUR + (long) Seeds.exponential(g, 5 * Time.DAY);
            if (reviewed >= now) {
                return;
            }
            boolean approve = g.nextDouble() < (t.revision == 1 ? 0.7 : 0.9);
            t.review(t.revision, reviewed, approve, g.nextInt(1000));
            t.submissionVersion++;
            t.submissionUpdated = reviewed;
            t.submissionStatus = approve ? 2 : 1;
            if (approve) {
                return;
            }
            long again = reviewed + Time.DAY + g.nextInt(9 * Time.DAY);
            if (again >= limit || g.nextDouble() < 0.2) {
                return;
            }
            t.revision++;
            submit(t, course, item, again, t.revision);
            t.submittedAt = again;
            t.submissionVersion++;
            t.submissionUpdated = again;
            t.submissionStatus = 0;
            handedIn = again;
        }
    }

    private void submit(Trace t, Course course, Item item, long time, int revision) {
        int rec = t.record(Trace.SUBMITTED, item.index, time, Trace.SELF, 0, t.account);
        t.attempt[rec] = revision;
        t.attempts[item.index] = revision;
        save(t, course, item.index, Trace.COMPLETED, time, Trace.SELF);
        move(t, course, time, item.next, Trace.SELF, 0, t.account);
    }

    private void help(Plan plan, Trace t, Course course, Item item, long time, SplittableRandom g) {
        int question = item.questions.length > 0 && g.nextBoolean() ? g.nextInt(item.questions.length) : -1;
        long answered = time + Time.HOUR + (long) Seeds.exponential(g, 3 * Time.DAY);
        boolean neglected = g.nextDouble() < 0.08;
        int variant = g.nextInt(1000);
        boolean answer = plan.coach >= 0 && !neglected && answered < now;
        t.help(item.index, question, time, answer ? answered : 0, answer ? r.coachPerson(plan.coach) : 0, variant);
        if (t.status[item.index] != Trace.COMPLETED) {
            save(t, course, item.index, Trace.NEEDS_HELP, time, Trace.SELF);
        }
        move(t, course, time, item.index, Trace.SELF, 0, t.account);
    }

    private void facilitated(Plan plan, Plan.Enrolment e, Trace t, Course course, long limit) {
        if (e.sessions == 0) {
            return;
        }
        Plan.Group group = plan.group(course.index);
        long facilitator = r.coachAccount(plan.coach);
        for (int j = e.firstSession; j < e.firstSession + e.sessions; j++) {
            long time = Time.at(group.days[j], 9, 0);
            if (time >= limit) {
                return;
            }
            long session = group.ids[j];
            if (j == e.firstSession) {
                register(t, time, Trace.FACILITATED_MODE, session, facilitator);
            }
            int[] lessons = course.moduleLessons[j];
            for (int lesson : lessons) {
                t.record(Trace.FACILITATED, lesson, time, Trace.FACILITATED_MODE, session, facilitator);
                if (t.status[lesson] != Trace.COMPLETED) {
                    save(t, course, lesson, Trace.COMPLETED, time, Trace.FACILITATED_MODE);
                }
            }
            int resume = t.resume == -1 ? course.items.get(lessons[lessons.length - 1]).next : t.resume;
            move(t, course, time, resume, Trace.FACILITATED_MODE, session, facilitator);
        }
    }

    // ── the app's state rules ─────────────────────────────────────────────────────────────────────────────────

    private void register(Trace t, long time, byte mode, long session, long by) {
        t.record(Trace.REGISTERED, -1, time, mode, session, by);
        t.enrolledAt = time;
        t.lastActivity = time;
    }

    /** LearningService.open: a launched record; the item starts unless it has a state already. */
    private void launch(Trace t, Course course, Item item, long time) {
        t.record(Trace.LAUNCHED, item.index, time, Trace.SELF, 0, t.account);
        if (t.status[item.index] == 0) {
            save(t, course, item.index, Trace.STARTED, time, Trace.SELF);
        }
        move(t, course, time, item.index, Trace.SELF, 0, t.account);
    }

    /** LearningStates.saveItem. */
    private static void save(Trace t, Course course, int idx, byte status, long time, byte mode) {
        if (status == Trace.COMPLETED && t.status[idx] != Trace.COMPLETED) {
            t.itemsCompleted++;
            if (course.items.get(idx).type == Courses.LESSON) {
                t.lessonsDone++;
            }
        }
        t.status[idx] = status;
        t.updatedAt[idx] = Math.max(t.updatedAt[idx], time);
        t.itemMode[idx] = mode;
        if (status == Trace.COMPLETED && t.completedAt[idx] == 0) {
            t.completedAt[idx] = time;
        }
    }

    /** CourseProgression.move: the course row follows its items, completes once by the course's rule. */
    private static void move(Trace t, Course course, long time, int resume, byte mode, long session, long by) {
        if (time >= t.lastMove) {
            t.lastMove = time;
            t.resume = resume;
        }
        t.lastActivity = Math.max(t.lastActivity, time);
        if (t.courseStatus != Trace.DONE && course.completedBy(t.lessonsDone, t.quizzesPassed)) {
            t.courseStatus = Trace.DONE;
            t.courseCompletedAt = time;
            t.completedMode = mode;
            t.completionSession = session;
            t.completionBy = by;
            t.record(Trace.COURSE, -1, time, mode, session, by);
        } else if (t.courseStatus == Trace.ENROLLED) {
            t.courseStatus = Trace.IN_PROGRESS;
        }
    }

    /**
     * HelpDesk.answer, applied once the enrolment's own steps are known: an answer to an item still waiting for
     * help turns "needs help" back into "started".
     */
    private static void answers(Trace t) {
        for (int h = 0; h < t.helps; h++) {
            long answered = t.answeredAt[h];
            int idx = t.helpItem[h];
            if (answered == 0) {
                continue;
            }
            boolean completedBefore = t.status[idx] == Trace.COMPLETED && t.completedAt[idx] <= answered;
            if (!completedBefore) {
                if (t.status[idx] != Trace.COMPLETED) {
                    t.status[idx] = Trace.STARTED;
                    t.itemMode[idx] = Trace.SELF;
                }
                if (answered > t.updatedAt[idx]) {
                    t.updatedAt[idx] = answered;
                    t.itemMode[idx] = Trace.SELF;
                }
            }
        }
    }
}
