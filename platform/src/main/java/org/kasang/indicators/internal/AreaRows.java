package org.kasang.indicators.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.CapacityArea;
import org.kasang.indicators.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Capacity areas and their levels; rules are stored as JSON. */
@Repository
public class AreaRows {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AreaRows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(CapacityArea area, Instant at) {
        long id = jdbc.sql("""
                        insert into capacity_area (code, name_en, name_km, description_en, description_km, course_ids, created_at)
                        values (?, ?, ?, ?, ?, cast(? as varchar[]), ?) returning id""")
                .params(area.code(), area.nameEn(), area.nameKm(), area.descriptionEn(), area.descriptionKm(),
                        courseIds(area), Timestamp.from(at))
                .query(Long.class).single();
        insertLevels(id, area.levels());
        return id;
    }

    /** @return false when the area is gone */
    public boolean update(long id, CapacityArea area) {
        int changed = jdbc.sql("""
                        update capacity_area set code = ?, name_en = ?, name_km = ?, description_en = ?, description_km = ?,
                            course_ids = cast(? as varchar[]), version = version + 1 where id = ?""")
                .params(area.code(), area.nameEn(), area.nameKm(), area.descriptionEn(), area.descriptionKm(),
                        courseIds(area), id).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from capacity_level where area_id = ?").param(id).update();
        insertLevels(id, area.levels());
        return true;
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from capacity_area where code = ? and id <> ?")
                .params(code, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** Every area with its levels, in the order they were created: a handful, read whole. */
    public List<CapacityArea> all() {
        Map<Long, List<AreaLevel>> levels = new LinkedHashMap<>();
        jdbc.sql("select area_id, rank, name_en, name_km, rule from capacity_level order by area_id, rank")
                .query(rs -> {
                    levels.computeIfAbsent(rs.getLong("area_id"), k -> new ArrayList<>()).add(new AreaLevel(
                            rs.getInt("rank"), rs.getString("name_en"), rs.getString("name_km"),
                            readRule(rs.getString("rule"))));
                });
        return jdbc.sql("select * from capacity_area order by id").query((rs, n) -> new CapacityArea(rs.getLong("id"),
                rs.getString("code"), rs.getString("name_en"), rs.getString("name_km"), rs.getString("description_en"),
                rs.getString("description_km"), strings(rs.getArray("course_ids")),
                levels.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    public Optional<CapacityArea> find(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst();
    }

    private void insertLevels(long areaId, List<AreaLevel> levels) {
        for (AreaLevel level : levels) {
            jdbc.sql("insert into capacity_level (area_id, rank, name_en, name_km, rule) values (?, ?, ?, ?, cast(? as jsonb))")
                    .params(areaId, level.rank(), level.nameEn(), level.nameKm(), writeRule(level.rule())).update();
        }
    }

    private static String courseIds(CapacityArea area) {
        // A Postgres array literal; course ids are slugs without quotes or commas.
        return "{" + String.join(",", area.courseIds()) + "}";
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private String writeRule(Rule rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Rule readRule(String text) {
        try {
            return json.readValue(text, Rule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
