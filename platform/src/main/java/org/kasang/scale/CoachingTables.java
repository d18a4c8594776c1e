package org.kasang.scale;

import org.kasang.scale.Courses.Course;

import java.util.List;

/** Coaching sessions (visits, calls and facilitated group sessions), who was present, and follow-up actions. */
final class CoachingTables {

    private CoachingTables() {
    }

    static final class Sessions implements Learning.Sink {
        private final Copy copy;
        private final Registry registry;
        private final List<Course> courses;

        Sessions(Copy copy, Registry registry, List<Course> courses) {
            this.copy = copy;
            this.registry = registry;
            this.courses = courses;
        }

        @Override
        public void cbo(Plan plan) {
            long cbo = registry.cboId(plan.cbo);
            long coach = plan.coach < 0 ? 0 : registry.coachPerson(plan.coach);
            for (Plan.Visit v : plan.visits) {
                copy.add(v.id).add(cbo).add(coach).add(Plan.VISIT_KINDS[v.kind]).date(v.day).add(v.topics).add(v.notes)
                        .nil().timestamp(Time.at(v.day, 16, (int) (v.id % 120)));
                copy.row();
            }
            for (Plan.Group g : plan.groups) {
                Course course = courses.get(g.course);
                for (int j = 0; j < g.days.length; j++) {
                    if (g.ids[j] == 0) {
                        continue;
                    }
                    StringBuilder topics = new StringBuilder();
                    for (int lesson : course.moduleLessons[j]) {
                        topics.append(topics.isEmpty() ? "" : "\n").append(course.items.get(lesson).titleEn);
                    }
                    copy.add(g.ids[j]).add(cbo).add(coach).add("FACILITATED").date(g.days[j]).add(topics.toString()).nil()
                            .add(course.id).timestamp(Time.at(g.days[j], 17, 0));
                    copy.row();
                }
            }
        }
    }

    static final class Attendance implements Learning.Sink {
        private final Copy present, actions;
        private final Registry registry;

        Attendance(Copy present, Copy actions, Registry registry) {
            this.present = present;
            this.actions = actions;
            this.registry = registry;
        }

        @Override
        public void cbo(Plan plan) {
            for (Plan.Visit v : plan.visits) {
                for (int member : v.present) {
                    present.add(v.id).add(registry.personId(member));
                    present.row();
                }
                for (int a = 0; a < v.actions; a++) {
                    actions.add(v.id).add(Vocabulary.ACTIONS[v.actionText[a]]).add(Vocabulary.OWNERS[v.actionOwner[a]])
                            .date(v.actionDue[a]);
                    if (v.actionDone[a] == 0) {
                        actions.nil().nil();
                    } else {
                        actions.timestamp(v.actionDone[a]).add(registry.coachAccount(plan.coach));
                    }
                    actions.row();
                }
            }
            for (Plan.Group g : plan.groups) {
                for (int j = 0; j < g.days.length; j++) {
                    for (int member : g.present.get(j)) {
                        present.add(g.ids[j]).add(registry.personId(member));
                        present.row();
                    }
                }
            }
        }
    }
}
