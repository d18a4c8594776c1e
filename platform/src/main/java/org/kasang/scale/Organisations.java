package org.kasang.scale;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes the registry: CBOs, people, memberships, accounts with their roles, and coach assignments. */
final class Organisations {

    /** BCrypt of {@link Options#PASSWORD} (checked by the generator's test). */
    static final String PASSWORD_HASH = "$2a$10$TTwodIXAlAI2JuFDVeihVuAu.8QBW.o3KsMTZSAXJptETGVl4n4hq";
    private static final String[] STATUS = {"ACTIVE", "DORMANT", "CLOSED"};
    private static final String[] PHONE_PREFIXES = {"010", "011", "012", "015", "016", "017", "070", "077", "078",
            "085", "089", "092", "093", "096", "097", "098", "099"};

    private Organisations() {
    }

    static void write(Connection connection, Registry r, Options o, Seeds seeds, int startDay, Report report)
            throws SQLException {
        cbos(connection, r, seeds);
        report.rows("cbo", r.cboCommune.length);
        people(connection, r, o, seeds, startDay, report);
        accounts(connection, r, o, startDay, report);
        try (Copy c = new Copy(connection, "coach_assignment", "id, coach_person_id, cbo_id, start_date, end_date")) {
            int per = Math.min(o.cbosPerCoach(), r.cboCommune.length);
            long id = r.assignmentBase;
            for (int coach = 0; coach < r.coaches; coach++) {
                SplittableRandom random = seeds.of(Seeds.STAFF, coach, 1);
                for (int k = 0; k < per; k++) {
                    int cbo = r.geographic[(coach * per + k) % r.geographic.length];
                    c.add(++id).add(r.coachPerson(coach)).add(r.cboId(cbo)).date(startDay - random.nextInt(90)).nil();
                    c.row();
                }
            }
            report.rows("coach_assignment", c.finish());
        }
    }

    private static void cbos(Connection connection, Registry r, Seeds seeds) throws SQLException {
        Map<String, Integer> seen = new HashMap<>();
        try (Copy c = new Copy(connection, "cbo", "id, commune_id, name, target, focus_issues, founded_year, status, "
                + "created_at, version")) {
            // Names are given in geographic order, so "… 2" follows "…" within a commune.
            String[] names = new String[r.cboCommune.length];
            for (int g = 0; g < r.geographic.length; g++) {
                int cbo = r.geographic[g];
                Registry.Commune commune = r.communes.get(r.cboCommune[cbo]);
                String base = commune.nameEn() + " " + Vocabulary.CBO_KINDS[(g / 7 + g) % Vocabulary.CBO_KINDS.length];
                int n = seen.merge(base, 1, Integer::sum);
                names[cbo] = n == 1 ? base : base + " " + n;
            }
            for (int cbo = 0; cbo < r.cboCommune.length; cbo++) {
                SplittableRandom random = seeds.of(Seeds.CBO, cbo, 2);
                String focus = Vocabulary.FOCUS[random.nextInt(Vocabulary.FOCUS.length)];
                if (random.nextBoolean()) {
                    focus += "; " + Vocabulary.FOCUS[random.nextInt(Vocabulary.FOCUS.length)].toLowerCase();
                }
                c.add(r.cboId(cbo)).add(r.communes.get(r.cboCommune[cbo]).id()).add(names[cbo]).add(r.target[cbo])
                        .add(focus).add(1995 + random.nextInt(28)).add(STATUS[r.cboStatus[cbo]])
                        .timestamp(Time.at(r.cboCreatedDay[cbo], 9, random.nextInt(480))).add(0);
                c.row();
            }
            c.finish();
        }
    }

    private static void people(Connection connection, Registry r, Options o, Seeds seeds, int startDay, Report report)
            throws SQLException {
        int members = r.cboOfMember.length;
        try (Copy c = new Copy(connection, "person", "id, full_name, sex, birth_year, phone, disability, "
                + "disability_consent, created_at, version")) {
            for (int i = 0; i < members; i++) {
                SplittableRandom random = seeds.of(Seeds.MEMBER, i, 1);
                c.add(r.personId(i)).add(r.names[i]).add(Registry.SEXES[r.sex[i]]).add(r.birthYear[i]);
                if (random.nextDouble() < 0.6) {
                    c.add(PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + " " + (100 + random.nextInt(900)) + " "
                            + (100 + random.nextInt(900)));
                } else {
                    c.nil();
                }
                c.add(r.disabled[i] ? "DISABILITY" : "NOT_STATED").add(r.disabled[i])
                        .timestamp(Time.at(r.joinDay[i], 10, random.nextInt(420))).add(0);
                c.row();
            }
            int staff = r.coaches + r.admins + r.trainers;
            for (int s = 0; s < staff; s++) {
                SplittableRandom random = seeds.of(Seeds.STAFF, s);
                boolean woman = random.nextDouble() < 0.5;
                c.add(r.staffPerson(s)).add(Vocabulary.name(random, woman)).add(woman ? "FEMALE" : "MALE")
                        .add(1965 + random.nextInt(30)).nil().add("NOT_STATED").add(false)
                        .timestamp(Time.at(startDay - 120, 9, s % 480)).add(0);
                c.row();
            }
            report.rows("person", c.finish());
        }
        try (Copy c = new Copy(connection, "membership", "id, person_id, cbo_id, start_date, end_date")) {
            for (int i = 0; i < members; i++) {
                c.add(r.membershipBase + 1 + i).add(r.personId(i)).add(r.cboId(r.cboOfMember[i])).date(r.joinDay[i]);
                if (r.leaveDay[i] == Integer.MAX_VALUE) {
                    c.nil();
                } else {
                    c.date(r.leaveDay[i]);
                }
                c.row();
            }
            report.rows("membership", c.finish());
        }
    }

    private static void accounts(Connection connection, Registry r, Options o, int startDay, Report report)
            throws SQLException {
        String hash = o.signIn() ? PASSWORD_HASH : null;
        try (Copy c = new Copy(connection, "account", "id, username, password_hash, person_id, enabled, failed_attempts, "
                + "locale, created_at, version, data_saver")) {
            for (int i = 0; i < r.cboOfMember.length; i++) {
                if (r.accountOf[i] != 0) {
                    long person = r.personId(i);
                    c.add(r.accountOf[i]).add("member-" + person).add(hash).add(person).add(true).add(0)
                            .add(person % 10 < 7 ? "km" : "en")
                            .timestamp(Time.at(Math.max(r.joinDay[i], startDay - 60), 11, (int) (person % 360)))
                            .add(0).add(person % 5 == 0);
                    c.row();
                }
            }
            for (int s = 0; s < r.coaches + r.admins + r.trainers; s++) {
                c.add(r.staffAccount(s)).add(staffUsername(r, s)).add(hash).add(r.staffPerson(s)).add(true).add(0)
                        .add(s % 2 == 0 ? "km" : "en").timestamp(Time.at(startDay - 120, 10, s % 480)).add(0).add(false);
                c.row();
            }
            report.rows("account", c.finish());
        }
        try (Copy c = new Copy(connection, "account_role", "account_id, role")) {
            for (int i = 0; i < r.cboOfMember.length; i++) {
                if (r.accountOf[i] != 0) {
                    c.add(r.accountOf[i]).add("LEARNER");
                    c.row();
                }
            }
            for (int s = 0; s < r.coaches + r.admins + r.trainers; s++) {
                c.add(r.staffAccount(s)).add(s < r.coaches ? "COACH" : s < r.coaches + r.admins ? "ADMIN" : "TRAINER");
                c.row();
            }
            report.rows("account_role", c.finish());
        }
    }

    static String staffUsername(Registry r, int s) {
        if (s < r.coaches) {
            return String.format("coach-%03d", s + 1);
        }
        return s < r.coaches + r.admins ? "admin-" + (s - r.coaches + 1) : "trainer-" + (s - r.coaches - r.admins + 1);
    }
}
