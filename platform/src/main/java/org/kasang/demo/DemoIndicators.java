package org.kasang.demo;

import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.CapacityArea;
import org.kasang.indicators.CapacityAreas;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.IndicatorReports;
import org.kasang.indicators.Indicators;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.MilestoneReport;
import org.kasang.indicators.Milestones;
import org.kasang.indicators.PeriodForm;
import org.kasang.indicators.ProofFile;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;
import org.kasang.organisations.CoachAssignments;
import org.kasang.security.AccountService;
import org.kasang.security.PersonDirectory;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second half of the programme report's world: field coaches for the target CBOs, 13 advocacy milestones
 * reported with proof by the CBO's coach and verified by programme staff, the capacity areas, the reporting
 * period, the report's two indicators, and their values computed from the evidence: 78.75% (63 of 80) and
 * 16.25% (13 of 80).
 */
@Component
class DemoIndicators {

    static final int ADVOCATED = 13;
    static final String PERIOD = "PROGRAMME";

    private static final String[][] ADVOCACY = {
            {"Commune planning and budgeting for social services", "Commune council", "COMMUNE"},
            {"Social services for youth in the commune investment plan", "Commune council", "COMMUNE"},
            {"Livelihoods of young women street vendors", "Khan administration", "DISTRICT"},
            {"Opening hours of the health centre", "Operational district health office", "DISTRICT"},
            {"Teachers' attendance at the primary school", "District office of education", "DISTRICT"},
            {"Fees asked at the police post", "District governor", "DISTRICT"},
            {"Waiting times at the one window service office", "District administration", "DISTRICT"},
            {"Commune road repair in the budget", "Commune council", "COMMUNE"},
            {"Access to information law: the draft", "Ministry of Information", "NATIONAL"},
            {"Impact of Covid-19 on people with disabilities", "Provincial department of social affairs", "PROVINCIAL"},
            {"Low-income families left out of the ID-Poor list", "Commune council", "COMMUNE"},
            {"Safe water point for the village", "District administration", "DISTRICT"},
            {"Budget for the commune's youth council", "Provincial council", "PROVINCIAL"}};

    private final AccountService accounts;
    private final PersonDirectory people;
    private final CoachAssignments coachAssignments;
    private final Milestones milestones;
    private final CapacityAreas areas;
    private final ReportingPeriods periods;
    private final Indicators indicators;
    private final IndicatorReports reports;

    DemoIndicators(AccountService accounts, PersonDirectory people, CoachAssignments coachAssignments,
                   Milestones milestones, CapacityAreas areas, ReportingPeriods periods, Indicators indicators,
                   IndicatorReports reports) {
        this.accounts = accounts;
        this.people = people;
        this.coachAssignments = coachAssignments;
        this.milestones = milestones;
        this.areas = areas;
        this.periods = periods;
        this.indicators = indicators;
        this.reports = reports;
    }

    /** @param generatedTargets target CBOs without a hand-written coach; @param withPlan those with an approved plan */
    void seed(List<Long> generatedTargets, List<Long> withPlan, SignedInUser staff, LocalDate since, LocalDate today) {
        List<SignedInUser> coaches = new ArrayList<>();
        for (String name : new String[] {"Heng Sopheak", "Ouk Chanthou", "Pich Rotha", "Yim Sreymom"}) {
            long person = people.createPerson(name);
            String username = "coach-" + person;
            long account = accounts.createAccountWithoutPassword(person, username, Set.of(Role.COACH));
            coaches.add(new SignedInUser(account, person, username, name, Set.of(Role.COACH)));
        }
        for (int i = 0; i < generatedTargets.size(); i++) {
            coachAssignments.assign(coaches.get(i % coaches.size()).personId(), generatedTargets.get(i), since, null);
        }
        byte[] proof = proof();
        List<Long> reported = new ArrayList<>();
        for (int i = 0; i < ADVOCATED; i++) {
            long cbo = withPlan.get(i);
            SignedInUser coach = coaches.get(generatedTargets.indexOf(cbo) % coaches.size());
            String[] what = ADVOCACY[i];
            LocalDate on = since.plusDays(20 + 9L * i);
            MilestoneReport report = new MilestoneReport(cbo, MilestoneKind.ADVOCATED, GovernmentLevel.valueOf(what[2]),
                    on.isAfter(today) ? today : on, what[0], what[1], List.of(new ProofFile("meeting-" + (i + 1) + ".png", proof)));
            long[] id = new long[1];
            SystemUser.runAs(coach, () -> id[0] = milestones.report(report));
            reported.add(id[0]);
        }
        SystemUser.runAs(staff, () -> {
            reported.forEach(milestones::verify);
            capacityAreas();
            long period = periods.create(new PeriodForm(PERIOD, "Programme to date", "កម្មវិធីរហូតមកដល់ពេលនេះ",
                    since.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31)));
            indicators.create(new IndicatorForm("OC1.1", "Target CBOs that advocated to the authorities",
                    "អង្គការសហគមន៍គោលដៅដែលបានតស៊ូមតិទៅអាជ្ញាធរ", null, null, "Outcome 1 / 1.1", ResultKind.OUTCOME,
                    Unit.CBOS, Rule.allOf(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.COMMUNE)),
                    Denominator.TARGET_CBOS, Window.CUMULATIVE, 100, BigDecimal.ZERO, null,
                    "of target CBOs advocated to the national government and local authorities",
                    "នៃអង្គការសហគមន៍គោលដៅ បានតស៊ូមតិទៅរដ្ឋាភិបាលជាតិ និងអាជ្ញាធរមូលដ្ឋាន",
                    Map.of(period, new BigDecimal("25"))));
            indicators.create(new IndicatorForm("OP1.3", "Target CBOs with an advocacy plan approved by their coach",
                    "អង្គការសហគមន៍គោលដៅដែលមានផែនការតស៊ូមតិ ដែលគ្រូបង្វឹកបានអនុម័ត", null, null, "Output 1 / 1.3",
                    ResultKind.OUTPUT, Unit.CBOS,
                    Rule.allOf(new Criterion.ApprovedAssignment(DemoProgramme.PLAN)), Denominator.TARGET_CBOS,
                    Window.CUMULATIVE, 100, BigDecimal.ZERO, null,
                    "of target CBOs were supported to produce advocacy plans",
                    "នៃអង្គការសហគមន៍គោលដៅ ទទួលបានការគាំទ្រដើម្បីរៀបចំផែនការតស៊ូមតិ",
                    Map.of(period, new BigDecimal("75"))));
            reports.compute(period);
        });
    }

    private void capacityAreas() {
        areas.save(new CapacityArea(null, "advocacy", "Advocacy", "ការតស៊ូមតិ",
                "Plans and carries out advocacy with the authorities.", "រៀបចំផែនការ និងអនុវត្តការតស៊ូមតិជាមួយអាជ្ញាធរ។",
                List.of("advocacy-planning", "social-accountability"), List.of(
                new AreaLevel(1, "Has an advocacy plan", "មានផែនការតស៊ូមតិ",
                        Rule.allOf(new Criterion.ApprovedAssignment(DemoProgramme.PLAN))),
                new AreaLevel(2, "Advocates to the authorities", "តស៊ូមតិទៅអាជ្ញាធរ",
                        Rule.allOf(new Criterion.ApprovedAssignment(DemoProgramme.PLAN),
                                new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.COMMUNE))))));
        areas.save(new CapacityArea(null, "budget-literacy", "Budget literacy", "ចំណេះដឹងអំពីថវិកា",
                "Reads and questions the commune budget.", "អាន និងសួរសំណួរអំពីថវិកាឃុំ។",
                List.of("budget-literacy", "gender-budgeting"), List.of(
                new AreaLevel(1, "Members trained", "សមាជិកបានបណ្តុះបណ្តាល",
                        Rule.allOf(new Criterion.CourseCompletions("budget-literacy", 3, 1))),
                new AreaLevel(2, "Takes part in the budget forum", "ចូលរួមវេទិកាថវិកា",
                        Rule.atLeast(2, List.of(
                                new Rule.Item(new Criterion.CourseCompletions("budget-literacy", 3, 1), true, 0),
                                Rule.Item.of(new Criterion.Milestone(MilestoneKind.PUBLIC_FORUM, GovernmentLevel.COMMUNE)),
                                Rule.Item.of(new Criterion.SelfAssessment("budget-literacy", 4))))))));
    }

    /** A small photo-like image standing for the minutes of the meeting with the authority. */
    private static byte[] proof() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(245, 240, 230));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(60, 60, 60));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString("Meeting minutes", 20, 40);
        for (int y = 70; y < 180; y += 18) {
            g.drawLine(20, y, 300, y);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
