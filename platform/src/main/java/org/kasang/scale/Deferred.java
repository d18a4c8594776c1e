package org.kasang.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes and constraints of the biggest tables, set aside while they load and built again afterwards from the
 * definitions PostgreSQL gives for them, so the schema ends exactly as the migrations made it. Checking four foreign
 * keys and updating five indexes row by row costs ten times the COPY itself; building an index by sorting and
 * validating a foreign key with one join cost a fraction. Primary keys and unique constraints that another table's
 * foreign key points at stay.
 */
final class Deferred {

    private record Definition(String table, String name, String ddl) {
    }

    private final List<Definition> keys = new ArrayList<>();
    private final List<Definition> indexes = new ArrayList<>();
    private final List<Definition> foreignKeys = new ArrayList<>();

    static Deferred drop(Connection c, String... tables) throws SQLException {
        Deferred d = new Deferred();
        for (String table : tables) {
            try (PreparedStatement q = c.prepareStatement("""
                    select k.conname, pg_get_constraintdef(k.oid), k.contype from pg_constraint k
                    where k.conrelid = cast(? as regclass) and (k.contype = 'f' or (k.contype in ('p', 'u')
                        and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = k.conrelid)))
                    order by k.conname""")) {
                q.setString(1, table);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Definition def = new Definition(table, rs.getString(1),
                                "alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                        (rs.getString(3).equals("f") ? d.foreignKeys : d.keys).add(def);
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("""
                    select cast(i.indexrelid as regclass)::text, pg_get_indexdef(i.indexrelid) from pg_index i
                    where i.indrelid = cast(? as regclass)
                        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                    order by 1""")) {
                q.setString(1, table);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        d.indexes.add(new Definition(table, rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (Definition fk : d.foreignKeys) {
                s.execute("alter table " + fk.table() + " drop constraint " + fk.name());
            }
            for (Definition index : d.indexes) {
                s.execute("drop index " + index.name());
            }
            for (Definition key : d.keys) {
                s.execute("alter table " + key.table() + " drop constraint " + key.name());
            }
        }
        return d;
    }

    /** Builds keys, then indexes, then validates the foreign keys. */
    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            for (List<Definition> group : List.of(keys, indexes, foreignKeys)) {
                for (Definition def : group) {
                    s.execute(def.ddl());
                }
            }
        }
    }

    int count() {
        return keys.size() + indexes.size() + foreignKeys.size();
    }
}
