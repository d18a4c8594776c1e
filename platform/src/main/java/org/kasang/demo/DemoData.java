package org.kasang.demo;

import org.kasang.organisations.CboForm;
import org.kasang.organisations.CboStatus;
import org.kasang.organisations.CoachAssignments;
import org.kasang.organisations.Disability;
import org.kasang.organisations.MemberProfile;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.kasang.organisations.Sex;
import org.kasang.security.AccountService;
import org.kasang.security.PersonDirectory;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.kasang.database.SingleRun;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo CBOs, members and one account per role, so a newcomer can try every home page. On by default only
 * for the embedded database; never on a real deployment unless KASANG_DEMO_DATA=true.
 */
@Component
@Order(20)
public class DemoData implements ApplicationRunner {

    public static final Map<String, String> PASSWORDS = Map.of(
            "sokha", "kasang-learner-demo",
            "dara", "kasang-coach-demo",
            "bopha", "kasang-trainer-demo",
            "vanna", "kasang-admin-demo",
            "mony", "kasang-coach-demo");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationService organisations;
    private final CoachAssignments coachAssignments;
    private final MemberService members;
    private final AccountService accounts;
    private final PersonDirectory people;
    private final Clock clock;
    private final DemoProgramme programme;
    private final DemoIndicators indicators;
    private final TransactionTemplate transaction;
    private final SingleRun singleRun;
    private final boolean enabled;

    DemoData(OrganisationService organisations, CoachAssignments coachAssignments, MemberService members,
             AccountService accounts,
             PersonDirectory people, Clock clock, PlatformTransactionManager transactions, DemoProgramme programme,
             DemoIndicators indicators, SingleRun singleRun,
             @Value("${kasang.demo-data:}") String demoData, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.organisations = organisations;
        this.coachAssignments = coachAssignments;
        this.members = members;
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
        this.programme = programme;
        this.indicators = indicators;
        this.singleRun = singleRun;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = demoData.isBlank() ? datasourceUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            // Several nodes starting on one database: one seeds, the others then find the data there.
            singleRun.exclusively("demo-data",
                    () -> SystemUser.run(() -> transaction.executeWithoutResult(status -> seed())));
        }
    }

    /** Creates the demo data unless it is there already. */
    public void seed() {
        if (accounts.usernameTaken("vanna")) {
            return;
        }
        long started = System.nanoTime();
        LocalDate since = LocalDate.now(clock).minusMonths(6);
        long kratieYouth = cbo("Kracheh Youth for Good Governance", "1002", true, "Commune budget hearings; youth services", 2016);
        long chhloungWomen = cbo("Chhloung Women's Voice Network", "1001", true, "Gender budgeting; health centre services", 2014);
        long tramKak = cbo("Tram Kak Community Budget Watch", "2109", true, "Commune investment program follow-up", 2012);
        long vendors = cbo("Chbar Ampov Women Street Vendors Association", "1212", true, "Street vendors' livelihoods; one window service", 2018);
        long baray = cbo("Baray Water Users Group", "0601", false, "Irrigation; primary school services", 2010);

        long sokha = members.addMember(kratieYouth, profile("Chan Sokha", Sex.FEMALE, 1998), since);
        // A local account, also with Keycloak: the realm's demo user "sokha" links to it at first sign-in.
        accounts.createLocalAccount(sokha, "sokha", PASSWORDS.get("sokha"), Set.of(Role.LEARNER));
        members.addMember(kratieYouth, profile("Meas Vibol", Sex.MALE, 2000), since);
        members.addMember(kratieYouth, profile("Ros Chenda", Sex.FEMALE, 1995), since);
        members.addMember(chhloungWomen, profile("Keo Sreyleak", Sex.FEMALE, 1987), since);
        members.addMember(chhloungWomen, profile("Nhem Sophal", Sex.FEMALE, 1979), since);
        members.addMember(tramKak, profile("Touch Rithy", Sex.MALE, 1983), since);
        members.addMember(vendors, profile("Sam Bopha", Sex.FEMALE, 1990), since);
        members.addMember(baray, profile("Chea Sovann", Sex.MALE, 1975), since);

        long dara = staff("Keo Dara", "dara", Set.of(Role.COACH)).personId();
        long mony = staff("Lim Mony", "mony", Set.of(Role.COACH)).personId();
        staff("Lim Bopha", "bopha", Set.of(Role.TRAINER));
        SignedInUser vanna = staff("Sok Vanna", "vanna", Set.of(Role.ADMIN, Role.COACH));
        for (long cbo : new long[] {kratieYouth, chhloungWomen, tramKak}) {
            coachAssignments.assign(dara, cbo, since, null);
        }
        for (long cbo : new long[] {vendors, baray}) {
            coachAssignments.assign(mony, cbo, since, null);
        }
        DemoProgramme.Made programme = this.programme.seed(List.of(kratieYouth, chhloungWomen, tramKak, vendors, baray),
                List.of(kratieYouth, chhloungWomen, tramKak, vendors), vanna, since);
        indicators.seed(programme.generatedTargets(), programme.withPlan(), vanna, since, LocalDate.now(clock));
        log.info("Demo data created in {} ms: {} CBOs in {} districts, {} of them target CBOs, {} with an approved "
                        + "advocacy plan, {} with a verified advocacy milestone; accounts sokha, dara, mony, bopha, vanna "
                        + "(see README)", (System.nanoTime() - started) / 1_000_000, programme.cbos().size(),
                programme.districts(), programme.targets().size(), programme.withPlan().size(), DemoIndicators.ADVOCATED);
        log.debug("Demo learner person id {}", sokha);
    }

    private long cbo(String name, String districtCode, boolean target, String focus, int founded) {
        long communeId = organisations.provinces().stream()
                .filter(p -> districtCode.startsWith(p.getCode()))
                .flatMap(p -> organisations.districts(p.getId()).stream())
                .filter(d -> d.getCode().equals(districtCode))
                .flatMap(d -> organisations.communes(d.getId()).stream())
                .findFirst().orElseThrow(() -> new IllegalStateException("no commune in district " + districtCode))
                .getId();
        return organisations.createCbo(new CboForm(name, communeId, target, focus, founded, CboStatus.ACTIVE));
    }

    private SignedInUser staff(String fullName, String username, Set<Role> roles) {
        long person = people.createPerson(fullName);
        long account = accounts.createLocalAccount(person, username, PASSWORDS.get(username), roles);
        return new SignedInUser(account, person, username, fullName, roles);
    }

    private static MemberProfile profile(String name, Sex sex, int birthYear) {
        return new MemberProfile(name, sex, birthYear, "", Disability.NOT_STATED, false);
    }
}
