package org.kasang.indicators.internal;

import org.kasang.catalogue.Text;
import org.kasang.indicators.PeriodForm;
import org.kasang.indicators.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reporting periods, newest end first. */
@Repository
public class PeriodRows {

    private final JdbcClient jdbc;

    PeriodRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(PeriodForm form) {
        return jdbc.sql("""
                        insert into reporting_period (code, name_en, name_km, starts_on, ends_on)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(form.code(), form.nameEn(), form.nameKm(), Date.valueOf(form.startsOn()),
                        Date.valueOf(form.endsOn()))
                .query(Long.class).single();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from reporting_period where lower(code) = lower(?)").param(code)
                .query(Long.class).single() > 0;
    }

    public Optional<ReportingPeriod> find(long id) {
        return jdbc.sql("select * from reporting_period where id = ?").param(id).query(PeriodRows::row).optional();
    }

    public List<ReportingPeriod> page(long offset, int limit) {
        return jdbc.sql("select * from reporting_period order by ends_on desc, id desc offset ? limit ?")
                .params(offset, limit).query(PeriodRows::row).list();
    }

    static ReportingPeriod row(ResultSet rs, int n) throws SQLException {
        return new ReportingPeriod(rs.getLong("id"), rs.getString("code"),
                new Text(Map.of("en", rs.getString("name_en"), "km", rs.getString("name_km"))),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate());
    }
}
