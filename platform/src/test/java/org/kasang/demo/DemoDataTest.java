package org.kasang.demo;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.security.Role;
import org.kasang.security.SystemUser;
import org.kasang.security.internal.LocalAccountDetailsService;
import org.kasang.security.internal.LocalPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.kasang.indicators.Dimension;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.ReportingPeriods;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo reproduces the programme report's world through the services; its README accounts exist once.
 * Surefire runs this class in a JVM of its own (execution "demo-programme"), so its database holds the demo alone
 * and the figures are exactly the report's.
 */
class DemoDataTest extends IntegrationTest {

    @Autowired
    DemoData demo;
    @Autowired
    LocalAccountDetailsService accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    IndicatorReports reports;

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /**
     * One test, because the demo seeds once per database: the programme report's world (621 CBOs, 80 targets,
     * 63 approved advocacy plans) acted out through the services, and the README's accounts.
     */
    @Test
    void the_programme_world_and_the_readme_accounts_exist_once() {
        var transaction = new TransactionTemplate(transactions);
        int cbosBefore = count("select count(*) from cbo");
        int targetsBefore = count("select count(*) from cbo where target");
        SystemUser.run(() -> transaction.executeWithoutResult(s -> demo.seed()));
        SystemUser.run(() -> transaction.executeWithoutResult(s -> demo.seed()));

        assertThat(count("select count(*) from cbo") - cbosBefore).isEqualTo(621);
        assertThat(count("select count(*) from cbo where target") - targetsBefore).isEqualTo(80);
        // The programme's 40 districts, municipalities and khans in nine provinces.
        assertThat(count("select count(distinct co.district_id) from cbo c join commune co on co.id = c.commune_id"))
                .isEqualTo(40);
        assertThat(count("""
                select count(distinct d.province_id) from cbo c join commune co on co.id = c.commune_id
                join district d on d.id = co.district_id""")).isEqualTo(9);

        long vanna = jdbc.sql("select person_id from account where username = 'vanna'").query(Long.class).single();
        // The demo's CBOs are the ones created with it: those with members added by it or made in its loop.
        int approved = jdbc.sql("""
                        select count(distinct s.cbo_id) from submission s join submission_review r on r.submission_id = s.id
                        where s.assignment_id = 'advocacy-planning/advocacy-action-plan' and s.status = 'APPROVED'
                            and r.reviewer_id = ?""")
                .param(vanna).query(Integer.class).single();
        assertThat(approved).isEqualTo(63);
        int targetsWithPlan = jdbc.sql("""
                        select count(distinct s.cbo_id) from submission s join cbo c on c.id = s.cbo_id
                        join submission_review r on r.submission_id = s.id
                        where c.target and s.status = 'APPROVED' and r.reviewer_id = ?""")
                .param(vanna).query(Integer.class).single();
        assertThat(targetsWithPlan).isEqualTo(63);

        // The report's figures, computed from the evidence the services logged, not typed in.
        SystemUser.run(() -> {
            long period = periods.list("PROGRAMME", org.springframework.data.domain.PageRequest.of(0, 1))
                    .getContent().get(0).id();
            var lines = reports.report(period).lines();
            assertThat(lines).extracting(line -> IndicatorReports.sentence(line, Locale.ENGLISH)).containsExactly(
                    "16.25% (13 of 80) of target CBOs advocated to the national government and local authorities",
                    "78.75% (63 of 80) of target CBOs were supported to produce advocacy plans");
            assertThat(IndicatorReports.sentence(lines.get(0), Locale.forLanguageTag("km")))
                    .startsWith("16.25% (").contains("13", "80");
            // And the drill-down behind the headline names exactly those CBOs.
            assertThat(reports.drillDown("OC1.1", period, Dimension.TOTAL, "TOTAL").rows()).hasSize(13);
        });
        assertThat(count("select count(*) from evidence where kind = 'MILESTONE'")).isEqualTo(13);
        assertThat(count("select count(*) from evidence where kind = 'ASSIGNMENT_APPROVED'")).isEqualTo(63);
        assertThat(count("select count(*) from cbo_capacity c join capacity_area a on a.id = c.area_id "
                + "where a.code = 'advocacy' and c.level_rank = 2")).isEqualTo(13);

        Map<String, Set<Role>> roles = Map.of("sokha", Set.of(Role.LEARNER), "dara", Set.of(Role.COACH),
                "mony", Set.of(Role.COACH), "bopha", Set.of(Role.TRAINER), "vanna", Set.of(Role.ADMIN, Role.COACH));
        roles.forEach((username, expected) -> {
            var principal = (LocalPrincipal) accounts.loadUserByUsername(username);
            assertThat(passwords.matches(DemoData.PASSWORDS.get(username), principal.getPassword())).as(username).isTrue();
            assertThat(principal.user().roles()).as(username).isEqualTo(expected);
        });
    }
}
