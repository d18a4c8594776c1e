package org.kasang.scale;

import org.kasang.scale.Courses.Course;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The indicators side: capacity areas with levels, reporting periods and indicators (as programme staff would set
 * them up), milestones reported by coaches and verified by staff, CBOs' self-assessments, and their evidence.
 * cbo_capacity is left empty: it derives from the evidence and is rebuilt by the app (Capacity areas ▸ Rebuild).
 */
final class Capacity {

    static final String EVIDENCE_COLUMNS = "cbo_id, kind, occurred_on, person_id, source_type, source_id, details, "
            + "recorded_at, recorded_by, verified_by, verified_at";
    private static final String[] MILESTONE_KINDS = {"ADVOCATED", "PUBLIC_FORUM", "INFORMATION_REQUEST", "SERVICE_MONITORING"};
    private static final String[] LEVELS = {"COMMUNE", "DISTRICT", "PROVINCIAL", "NATIONAL"};
    private static final String[] ROUNDS = {"BASELINE", "MIDLINE", "ENDLINE"};

    private Capacity() {
    }

    /** Areas, periods and indicators; @return area ids by code, in area order */
    static Map<String, Long> setUp(Connection connection, List<Course> courses, int startDay, int untilDay, Report report)
            throws SQLException {
        Course budget = courses.get(0);
        String plan = courses.stream().map(Course::assignment).filter(java.util.Objects::nonNull).findFirst()
                .map(i -> i.id).orElse(null);
        String inclusion = courses.get(Math.min(3, courses.size() - 1)).id;
        String approved = plan == null ? milestone("ADVOCATED") : criterion("APPROVED_ASSIGNMENT", "assignmentId", q(plan));
        Map<String, String[]> areas = new LinkedHashMap<>();
        areas.put("advocacy", new String[] {"Advocacy", "ការតស៊ូមតិ", courses.get(0).id,
                allOf(approved), allOf(approved, milestone("ADVOCATED"))});
        areas.put("budget-literacy", new String[] {"Budget literacy", "ចំណេះដឹងអំពីថវិកា", budget.id,
                allOf(completions(budget.id, 3, 1)),
                "{\"kind\": \"AT_LEAST\", \"atLeast\": 2, \"threshold\": 0, \"items\": [" + item(completions(budget.id, 3, 1), true)
                        + ", " + item(milestone("PUBLIC_FORUM"), false) + ", "
                        + item(criterion("SELF_ASSESSMENT", "areaCode", q("budget-literacy"), "minScore", "4"), false) + "]}"});
        areas.put("social-accountability", new String[] {"Social accountability", "គណនេយ្យភាពសង្គម", courses.get(0).id,
                allOf(milestone("SERVICE_MONITORING")), allOf(milestone("SERVICE_MONITORING"), milestone("INFORMATION_REQUEST"))});
        areas.put("inclusion", new String[] {"Inclusion of women and people with disabilities",
                "ការរួមបញ្ចូលស្ត្រី និងជនមានពិការភាព", inclusion, allOf(completions(inclusion, 2, 2)),
                allOf(completions(inclusion, 2, 2), criterion("SELF_ASSESSMENT", "areaCode", q("inclusion"), "minScore", "4"))});
        Timestamp created = Timestamp.from(Instant.ofEpochSecond(Time.at(startDay - 30, 10, 0)));
        long levels = 0, added = 0;
        for (var area : areas.entrySet()) {
            String[] a = area.getValue();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into capacity_area (code, name_en, name_km, description_en, description_km, course_ids, created_at)
                    values (?, ?, ?, ?, ?, cast(? as varchar[]), ?) on conflict (code) do nothing returning id""")) {
                insert.setString(1, area.getKey());
                insert.setString(2, a[0]);
                insert.setString(3, a[1]);
                insert.setString(4, a[0] + ": what the CBO can do on its own.");
                insert.setString(5, a[1] + "៖ អ្វីដែលអង្គការសហគមន៍អាចធ្វើដោយខ្លួនឯង។");
                insert.setString(6, "{" + a[2] + "}");
                insert.setTimestamp(7, created);
                try (ResultSet rs = insert.executeQuery()) {
                    if (!rs.next()) {
                        continue; // the database has this area already: keep it as it is
                    }
                    long id = rs.getLong(1);
                    added++;
                    for (int rank = 1; rank <= 2; rank++) {
                        try (PreparedStatement level = connection.prepareStatement("""
                                insert into capacity_level (area_id, rank, name_en, name_km, rule)
                                values (?, ?, ?, ?, cast(? as jsonb))""")) {
                            level.setLong(1, id);
                            level.setInt(2, rank);
                            level.setString(3, rank == 1 ? "Getting started" : "Acts on its own");
                            level.setString(4, rank == 1 ? "កំពុងចាប់ផ្ដើម" : "ធ្វើសកម្មភាពដោយខ្លួនឯង");
                            level.setString(5, a[2 + rank]);
                            levels += level.executeUpdate();
                        }
                    }
                }
            }
        }
        report.rows("capacity_area", added);
        report.rows("capacity_level", levels);
        Map<String, Long> periods = periods(connection, startDay, untilDay, report);
        indicators(connection, budget.id, approved, periods, created, report);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String code : areas.keySet()) {
            try (PreparedStatement q = connection.prepareStatement("select id from capacity_area where code = ?")) {
                q.setString(1, code);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    ids.put(code, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Map<String, Long> periods(Connection connection, int startDay, int untilDay, Report report)
            throws SQLException {
        int half = startDay + (untilDay - startDay + 1) / 2;
        Object[][] periods = {
                {"GEN-P1", "Programme period 1", "រយៈពេលទី១ នៃកម្មវិធី", startDay, half - 1},
                {"GEN-P2", "Programme period 2", "រយៈពេលទី២ នៃកម្មវិធី", half, untilDay},
                {"GEN-ALL", "Programme to date", "កម្មវិធីរហូតមកដល់ពេលនេះ", startDay, untilDay}};
        Map<String, Long> ids = new LinkedHashMap<>();
        long added = 0;
        for (Object[] p : periods) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into reporting_period (code, name_en, name_km, starts_on, ends_on) values (?, ?, ?, ?, ?)
                    on conflict (code) do nothing""")) {
                insert.setString(1, (String) p[0]);
                insert.setString(2, (String) p[1]);
                insert.setString(3, (String) p[2]);
                insert.setDate(4, Date.valueOf(java.time.LocalDate.ofEpochDay((Integer) p[3])));
                insert.setDate(5, Date.valueOf(java.time.LocalDate.ofEpochDay((Integer) p[4])));
                added += insert.executeUpdate();
            }
            try (PreparedStatement q = connection.prepareStatement("select id from reporting_period where code = ?")) {
                q.setString(1, (String) p[0]);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    ids.put((String) p[0], rs.getLong(1));
                }
            }
        }
        report.rows("reporting_period", added);
        return ids;
    }

    private static void indicators(Connection connection, String budgetCourse, String approved, Map<String, Long> periods,
                                   Timestamp created, Report report) throws SQLException {
        Object[][] indicators = {
                {"GEN-OC1.1", "Target CBOs that advocated to the authorities", "អង្គការសហគមន៍គោលដៅដែលបានតស៊ូមតិទៅអាជ្ញាធរ",
                        "Outcome 1 / 1.1", "OUTCOME", "CBOS", allOf(milestone("ADVOCATED")), "TARGET_CBOS", "CUMULATIVE",
                        "of target CBOs advocated to the national government and local authorities",
                        "នៃអង្គការសហគមន៍គោលដៅ បានតស៊ូមតិទៅរដ្ឋាភិបាលជាតិ និងអាជ្ញាធរមូលដ្ឋាន", 25},
                {"GEN-OP1.3", "Target CBOs with an action plan approved by their coach",
                        "អង្គការសហគមន៍គោលដៅដែលមានផែនការសកម្មភាព ដែលគ្រូបង្វឹកបានអនុម័ត", "Output 1 / 1.3", "OUTPUT", "CBOS",
                        allOf(approved), "TARGET_CBOS", "CUMULATIVE", "of target CBOs were supported to produce action plans",
                        "នៃអង្គការសហគមន៍គោលដៅ ទទួលបានការគាំទ្រដើម្បីរៀបចំផែនការសកម្មភាព", 60},
                {"GEN-OP2.1", "Members who completed the budget course", "សមាជិកដែលបានបញ្ចប់វគ្គសិក្សាអំពីថវិកា",
                        "Output 2 / 2.1", "OUTPUT", "PEOPLE", allOf(completions(budgetCourse, 1, 0)), "ALL_MEMBERS", "PERIOD",
                        "of members completed the course on commune budgets",
                        "នៃសមាជិក បានបញ្ចប់វគ្គសិក្សាអំពីថវិកាឃុំ", 10},
                {"GEN-OC2.1", "Active CBOs at level 2 in budget literacy", "អង្គការសហគមន៍សកម្មដែលមានកម្រិតទី២ ផ្នែកចំណេះដឹងអំពីថវិកា",
                        "Outcome 2 / 2.1", "OUTCOME", "CBOS",
                        allOf(criterion("CAPACITY_LEVEL", "areaCode", q("budget-literacy"), "minRank", "2")), "ACTIVE_CBOS",
                        "CUMULATIVE", "of active CBOs read and question their commune budget",
                        "នៃអង្គការសហគមន៍សកម្ម អាន និងសួរសំណួរអំពីថវិកាឃុំរបស់ខ្លួន", 20}};
        long added = 0, targets = 0;
        for (Object[] i : indicators) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into indicator (code, name_en, name_km, result_ref, result_kind, unit, numerator, denominator,
                        window_kind, factor, baseline_value, sentence_en, sentence_km, created_at)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 100, 0, ?, ?, ?)
                    on conflict (code) do nothing returning id""")) {
                for (int k = 0; k < 11; k++) {
                    insert.setString(k + 1, (String) i[k]);
                }
                insert.setTimestamp(12, created);
                try (ResultSet rs = insert.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    added++;
                    int value = (Integer) i[11];
                    for (long period : periods.values()) {
                        try (PreparedStatement target = connection.prepareStatement(
                                "insert into indicator_target (indicator_id, period_id, value) values (?, ?, ?)")) {
                            target.setLong(1, id);
                            target.setLong(2, period);
                            target.setBigDecimal(3, java.math.BigDecimal.valueOf(value));
                            targets += target.executeUpdate();
                        }
                    }
                }
            }
        }
        report.rows("indicator", added);
        report.rows("indicator_target", targets);
    }

    /** Milestones (with their proof), self-assessments, and the evidence of both. */
    static void cbos(List<Connection> connections, Registry r, Seeds seeds, Map<String, Long> areas, int startDay,
                     int untilDay, long[] bases, Report report) throws SQLException {
        long now = Time.at(untilDay, 12, 0);
        byte[] proof = proof();
        String sha = sha256(proof);
        long milestoneId = bases[0], assessmentId = bases[1];
        int span = untilDay - startDay;
        try (Copy milestones = new Copy(connections.get(0), "milestone", "id, cbo_id, kind, level, occurred_on, issue, "
                + "authority, status, reported_by, reported_at, verified_by, verified_at, note");
             Copy assessments = new Copy(connections.get(1), "self_assessment", "id, cbo_id, area_id, round, score, "
                     + "assessed_on, recorded_by, recorded_at");
             Copy evidence = new Copy(connections.get(2), "evidence", EVIDENCE_COLUMNS)) {
            List<Long> milestoneIds = new java.util.ArrayList<>();
            for (int cbo = 0; cbo < r.cboCommune.length; cbo++) {
                if (r.coachOf[cbo] < 0) {
                    continue;
                }
                SplittableRandom g = seeds.of(Seeds.CAPACITY, cbo);
                long cboId = r.cboId(cbo), coach = r.coachPerson(r.coachOf[cbo]);
                long admin = r.adminPerson(cbo % r.admins);
                int count = r.target[cbo] ? (g.nextDouble() < 0.7 ? 1 + g.nextInt(3) : 0)
                        : r.active(cbo) && g.nextDouble() < 0.06 ? 1 : 0;
                for (int m = 0; m < count; m++) {
                    double u = g.nextDouble(), v = g.nextDouble();
                    String kind = MILESTONE_KINDS[u < 0.4 ? 0 : u < 0.65 ? 1 : u < 0.85 ? 2 : 3];
                    String level = LEVELS[v < 0.5 ? 0 : v < 0.8 ? 1 : v < 0.95 ? 2 : 3];
                    String[] issue = Vocabulary.ISSUES[g.nextInt(Vocabulary.ISSUES.length)];
                    int occurred = startDay + 30 + g.nextInt(Math.max(1, span - 42));
                    long reported = Time.at(occurred + 1 + g.nextInt(10), 15, g.nextInt(120));
                    long decided = reported + Time.DAY + g.nextInt(14 * Time.DAY);
                    boolean rejected = g.nextDouble() < 0.05;
                    String status = decided >= now ? "REPORTED" : rejected ? "REJECTED" : "VERIFIED";
                    long id = ++milestoneId;
                    milestoneIds.add(id);
                    milestones.add(id).add(cboId).add(kind).add(level).date(occurred).add(issue[0]).add(issue[1]).add(status)
                            .add(coach).timestamp(reported);
                    if (status.equals("REPORTED")) {
                        milestones.nil().nil().nil();
                    } else {
                        milestones.add(admin).timestamp(decided)
                                .add(rejected ? "The photo does not show the meeting: please add the minutes." : null);
                    }
                    milestones.row();
                    if (status.equals("VERIFIED")) {
                        evidence.add(cboId).add("MILESTONE").date(occurred).nil().add("milestone").add(String.valueOf(id))
                                .add(Json.object("kind", Json.string(kind), "level", Json.string(level), "issue",
                                        Json.string(issue[0]), "authority", Json.string(issue[1]), "verifiedBy",
                                        String.valueOf(admin)))
                                .timestamp(decided).add(coach).add(admin).timestamp(decided);
                        evidence.row();
                    }
                }
                if (r.cboStatus[cbo] == 2 || g.nextDouble() >= 0.7) {
                    continue;
                }
                int[] rounds = {startDay + g.nextInt(Math.max(1, span / 8)), startDay + span * 45 / 100 + g.nextInt(Math.max(1, span / 12)),
                        startDay + span * 94 / 100 + g.nextInt(Math.max(1, span / 20))};
                int[] score = new int[areas.size()];
                for (int k = 0; k < score.length; k++) {
                    score[k] = 1 + g.nextInt(3);
                }
                for (int round = 0; round < 3; round++) {
                    if (rounds[round] >= untilDay || (round > 0 && g.nextDouble() >= 0.7)) {
                        break;
                    }
                    int a = 0;
                    long at = Time.at(rounds[round], 15, g.nextInt(120));
                    for (var area : areas.entrySet()) {
                        if (round > 0) {
                            score[a] = Math.min(5, score[a] + g.nextInt(3));
                        }
                        long id = ++assessmentId;
                        assessments.add(id).add(cboId).add(area.getValue()).add(ROUNDS[round]).add(score[a])
                                .date(rounds[round]).add(coach).timestamp(at);
                        assessments.row();
                        evidence.add(cboId).add("SELF_ASSESSMENT").date(rounds[round]).nil().add("self_assessment")
                                .add(String.valueOf(id))
                                .add(Json.object("areaCode", Json.string(area.getKey()), "round", Json.string(ROUNDS[round]),
                                        "score", String.valueOf(score[a])))
                                .timestamp(at).add(coach).nil().nil();
                        evidence.row();
                        a++;
                    }
                }
            }
            report.rows("milestone", milestones.finish());
            report.rows("self_assessment", assessments.finish());
            report.rows("evidence", evidence.finish());
            try (Copy files = new Copy(connections.get(0), "milestone_file", "milestone_id, name, media_type, size_bytes, "
                    + "sha256, content")) {
                String hex = "\\x" + HexFormat.of().formatHex(proof);
                for (long id : milestoneIds) {
                    files.add(id).add("minutes-" + id + ".png").add("image/png").add(proof.length).add(sha).add(hex);
                    files.row();
                }
                report.rows("milestone_file", files.finish());
            }
        }
    }

    private static String q(String text) {
        return Json.string(text);
    }

    private static String criterion(String type, String... keysAndValues) {
        String[] all = new String[keysAndValues.length + 2];
        all[0] = "type";
        all[1] = q(type);
        System.arraycopy(keysAndValues, 0, all, 2, keysAndValues.length);
        return Json.object(all);
    }

    private static String milestone(String kind) {
        return criterion("MILESTONE", "kind", q(kind), "minLevel", q("COMMUNE"));
    }

    private static String completions(String course, int members, int women) {
        return criterion("COURSE_COMPLETIONS", "courseId", q(course), "minMembers", String.valueOf(members),
                "minWomen", String.valueOf(women));
    }

    private static String item(String criterion, boolean required) {
        return "{\"criterion\": " + criterion + ", \"required\": " + required + ", \"points\": 0}";
    }

    private static String allOf(String... criteria) {
        StringBuilder items = new StringBuilder();
        for (String c : criteria) {
            items.append(items.isEmpty() ? "" : ", ").append(item(c, false));
        }
        return "{\"kind\": \"ALL_OF\", \"atLeast\": 0, \"threshold\": 0, \"items\": [" + items + "]}";
    }

    /** A small image standing for the minutes of the meeting with the authority. */
    private static byte[] proof() {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 8; y < 40; y += 6) {
            for (int x = 4; x < 60; x++) {
                image.setRGB(x, y, 0x333333);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
