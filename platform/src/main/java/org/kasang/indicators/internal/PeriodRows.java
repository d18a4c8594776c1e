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

    /** Periods whose code or name contains the filter (blank: all), newest end first. */
    public List<ReportingPeriod> page(String filter, long offset, int limit) {
        String like = "%" + (filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql("""
                        select * from reporting_period
                        where lower(code) like ? or lower(name_en) like ? or name_km like ?
                        order by ends_on desc, id desc offset ? limit ?""")
                .params(like, like, like, offset, limit).query(PeriodRows::row).list();
    }

    static ReportingPeriod row(ResultSet rs, int n) throws SQLException {
        return new ReportingPeriod(rs.getLong("id"), rs.getString("code"),
                new Text(Map.of("en", rs.getString("name_en"), "km", rs.getString("name_km"))),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate());
    }
}
