package org.kasang.indicators.internal;

import org.kasang.catalogue.Text;
import org.kasang.organisations.Disability;
import org.kasang.organisations.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CBOs, members and capacity levels an indicator is computed over, each read in one query for a whole
 * period: no per-CBO queries. Status, sex, age and disability are read as they are now (decision 014).
 */
@Repository
public class World {

    public record Place(long cboId, String name, boolean target, boolean active, String districtCode,
                        Text district, String provinceCode, Text province) {
    }

    /** A person, with the CBOs they are a member of at the period's end (lowest id first). */
    public record Person(long id, String fullName, Sex sex, Integer birthYear, Disability disability, List<Long> cbos) {
    }

    /** Everything read for one period. */
    public record Snapshot(Map<Long, Place> cbos, Map<Long, Person> members, Map<Long, Map<String, Integer>> ranks) {
    }

    private final JdbcClient jdbc;

    World(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same reads over another connection: the reports standby ({@code database.ReportsDatabase}). */
    public World on(JdbcClient other) {
        return new World(other);
    }

    /**
     * The CBOs, the members at the period's end and every CBO's capacity levels.
     *
     * @param withMembers false for indicators about CBOs whose rules ask nothing about members (milestones,
     *                    self-assessments, capacity levels): then members are not read (150,000 at national scale)
     */
    public Snapshot at(LocalDate end, boolean withMembers) {
        Map<Long, Place> cbos = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.name, c.target, c.status, d.code dcode, d.name_en d_en, d.name_km d_km,
                       p.code pcode, p.name_en p_en, p.name_km p_km
                from cbo c join commune m on m.id = c.commune_id join district d on d.id = m.district_id
                     join province p on p.id = d.province_id order by c.id""").query(rs -> {
            cbos.put(rs.getLong("id"), new Place(rs.getLong("id"), rs.getString("name"), rs.getBoolean("target"),
                    "ACTIVE".equals(rs.getString("status")), rs.getString("dcode"),
                    IndicatorRows.text(rs, "d_en", "d_km"), rs.getString("pcode"),
                    IndicatorRows.text(rs, "p_en", "p_km")));
        });
        Map<Long, Person> members = new HashMap<>();
        if (withMembers) {
            // One row per membership, gathered here: aggregating 150,000 arrays in SQL and parsing them through
            // JDBC took twice as long
            jdbc.sql("""
                    select p.id, p.full_name, p.sex, p.birth_year, p.disability, m.cbo_id
                    from membership m join person p on p.id = m.person_id
                    where m.start_date <= ? and (m.end_date is null or m.end_date >= ?)""")
                    .params(Date.valueOf(end), Date.valueOf(end)).query(rs -> {
                        Person person = members.get(rs.getLong("id"));
                        if (person == null) {
                            person = person(rs, new ArrayList<>(1));
                            members.put(person.id(), person);
                        }
                        person.cbos().add(rs.getLong("cbo_id"));
                    });
            members.values().forEach(person -> person.cbos().sort(null));
        }
        Map<Long, Map<String, Integer>> ranks = new HashMap<>();
        jdbc.sql("""
                select c.cbo_id, a.code, c.level_rank from cbo_capacity c join capacity_area a on a.id = c.area_id""")
                .query(rs -> {
                    ranks.computeIfAbsent(rs.getLong("cbo_id"), k -> new HashMap<>())
                            .put(rs.getString("code"), rs.getInt("level_rank"));
                });
        return new Snapshot(cbos, members, ranks);
    }

    /** People named in evidence who are no longer (or not yet) members at the period's end. */
    public Map<Long, Person> people(Collection<Long> ids) {
        Map<Long, Person> people = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, full_name, sex, birth_year, disability from person where id = any(?)")
                    .param(ids.toArray(Long[]::new)).query(rs -> {
                        people.put(rs.getLong("id"), person(rs, List.of()));
                    });
        }
        return people;
    }

    private static Person person(java.sql.ResultSet rs, List<Long> cbos) throws java.sql.SQLException {
        return new Person(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                (Integer) rs.getObject("birth_year"), Disability.valueOf(rs.getString("disability")), cbos);
    }
}
