package org.kasang.learning.internal;

import org.kasang.learning.TimeSpent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates time spent from the learning record, since nothing measures it directly. For each item done on
 * the member's own device: from its launch (or, for a retake or an item never launched, from the member's
 * previous record in the course) to its completion or graded attempt, each gap between consecutive records
 * counted once and at most {@link #MAX_GAP}, so a lesson left open overnight adds half an hour, not twelve.
 * Work done in a facilitated session or recorded by a coach counts the lesson's estimated minutes: sessions
 * record no duration.
 */
@Repository
public class ActivityTime {

    public static final Duration MAX_GAP = Duration.ofMinutes(30);
    private static final Set<String> DONE = Set.of("COMPLETED", "PASSED", "FAILED");

    record Event(String courseId, String verb, String objectId, boolean self, Instant at, int estimatedMinutes) {
    }

    private final JdbcClient jdbc;

    ActivityTime(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One query over the member's records in the CBO (the person × course index), then arithmetic. */
    public TimeSpent of(long cboId, long personId) {
        List<Event> events = jdbc.sql("""
                        select r.course_id, r.verb, r.object_id, r.mode, r.occurred_at, coalesce(l.estimated_minutes, 0) as estimated
                        from learning_record r left join lesson l on l.id = r.object_id
                        where r.person_id = ? and r.cbo_id = ? and r.object_type <> 'COURSE'
                        order by r.course_id, r.occurred_at, r.id""")
                .params(personId, cboId)
                .query((rs, n) -> new Event(rs.getString("course_id"), rs.getString("verb"), rs.getString("object_id"),
                        "SELF".equals(rs.getString("mode")), rs.getTimestamp("occurred_at").toInstant(), rs.getInt("estimated")))
                .list();
        Map<String, List<Event>> byCourse = new LinkedHashMap<>();
        events.forEach(e -> byCourse.computeIfAbsent(e.courseId(), c -> new ArrayList<>()).add(e));
        Map<String, Integer> minutes = new LinkedHashMap<>();
        byCourse.forEach((course, list) -> minutes.put(course, minutes(list)));
        return new TimeSpent(minutes, minutes.values().stream().mapToInt(Integer::intValue).sum(), (int) MAX_GAP.toMinutes());
    }

    /** @param events one course's records, oldest first */
    static int minutes(List<Event> events) {
        int others = events.stream().filter(e -> !e.self() && DONE.contains(e.verb()))
                .mapToInt(Event::estimatedMinutes).sum();
        List<Event> self = events.stream().filter(Event::self).toList();
        // counted[g]: the gap between self[g - 1] and self[g] lies inside some item's span; each counts once.
        boolean[] counted = new boolean[self.size()];
        for (int i = 0; i < self.size(); i++) {
            Event done = self.get(i);
            if (!DONE.contains(done.verb())) {
                continue;
            }
            int start = i - 1;
            for (int j = i - 1; j >= 0; j--) {
                Event before = self.get(j);
                if (!before.objectId().equals(done.objectId())) {
                    continue;
                }
                if ("LAUNCHED".equals(before.verb())) {
                    start = j;
                }
                break; // the item's own launch, or its previous attempt: a retake starts from the previous record
            }
            for (int g = Math.max(start + 1, 1); g <= i; g++) {
                counted[g] = true;
            }
        }
        long seconds = 0;
        for (int g = 1; g < self.size(); g++) {
            if (counted[g]) {
                Duration gap = Duration.between(self.get(g - 1).at(), self.get(g).at());
                seconds += Math.min(gap.getSeconds(), MAX_GAP.getSeconds());
            }
        }
        return (int) Math.round(seconds / 60.0) + others;
    }
}
