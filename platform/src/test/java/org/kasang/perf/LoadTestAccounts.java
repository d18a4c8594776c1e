package org.kasang.perf;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Learner accounts for the load test, written straight into the platform's database before a run, so that each
 * virtual learner is a different person: {@code <prefix>0001}… with one known password, members of the demo CBOs
 * that the demo coaches follow (round robin), sign-in role LEARNER. Accounts already there are left as they are.
 */
final class LoadTestAccounts {

    static final String PASSWORD = "kasang-load-test";
    /** The demo CBOs with coaches (DemoData): dara follows the first three, mony the other two. */
    private static final List<String> CBOS = List.of("Kracheh Youth for Good Governance", "Chhloung Women's Voice Network",
            "Tram Kak Community Budget Watch", "Chbar Ampov Women Street Vendors Association", "Baray Water Users Group");

    private LoadTestAccounts() {
    }

    static String username(String prefix, int number) {
        return prefix + String.format("%04d", number);
    }

    /** Makes learners 1…count; returns how many were new. */
    static int prepare(String jdbcUrl, String prefix, int count) throws SQLException {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            db.setAutoCommit(false);
            List<Long> cbos = cbos(db);
            int made = 0;
            try (PreparedStatement exists = db.prepareStatement("select 1 from account where username = ?");
                 PreparedStatement person = db.prepareStatement("insert into person (full_name, sex, disability, created_at)"
                         + " values (?, 'NOT_STATED', 'NOT_STATED', now()) returning id");
                 PreparedStatement member = db.prepareStatement("insert into membership (person_id, cbo_id, start_date)"
                         + " values (?, ?, current_date - 30)");
                 PreparedStatement account = db.prepareStatement("insert into account (username, password_hash, person_id,"
                         + " created_at) values (?, ?, ?, now()) returning id");
                 PreparedStatement role = db.prepareStatement("insert into account_role (account_id, role) values (?, 'LEARNER')")) {
                for (int i = 1; i <= count; i++) {
                    String username = username(prefix, i);
                    exists.setString(1, username);
                    try (ResultSet found = exists.executeQuery()) {
                        if (found.next()) {
                            continue;
                        }
                    }
                    person.setString(1, "Load Learner " + username);
                    long personId = single(person);
                    member.setLong(1, personId);
                    member.setLong(2, cbos.get(i % cbos.size()));
                    member.executeUpdate();
                    account.setString(1, username);
                    account.setString(2, hash);
                    account.setLong(3, personId);
                    role.setLong(1, single(account));
                    role.executeUpdate();
                    made++;
                }
            }
            db.commit();
            return made;
        }
    }

    private static List<Long> cbos(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select id from cbo where name = ? order by id limit 1")) {
            for (String name : CBOS) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("none of the demo CBOs is in the database: start the platform with demo data");
        }
        return ids;
    }

    private static long single(PreparedStatement insert) throws SQLException {
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** {@code LoadTestAccounts jdbc-url prefix count}, for preparing accounts without a run. */
    public static void main(String[] args) throws SQLException {
        int made = prepare(args[0], args[1], Integer.parseInt(args[2]));
        System.out.println(made + " learner accounts made");
    }
}
