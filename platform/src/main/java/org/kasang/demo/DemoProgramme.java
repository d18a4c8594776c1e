package org.kasang.demo;

import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Decision;
import org.kasang.assignments.ReviewService;
import org.kasang.organisations.CboForm;
import org.kasang.organisations.CboStatus;
import org.kasang.organisations.Commune;
import org.kasang.organisations.Disability;
import org.kasang.organisations.District;
import org.kasang.organisations.MemberProfile;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.OrganisationService;
import org.kasang.organisations.Province;
import org.kasang.organisations.Sex;
import org.kasang.security.AccountService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The programme report's world, acted out through the services: 621 CBOs mapped in the programme's districts,
 * 80 of them target CBOs, 63 of which had their advocacy action plan approved by a coach. The indicators then
 * compute 78.75% (63 of 80) from that evidence instead of having it typed in. Deterministic.
 */
@Component
class DemoProgramme {

    static final int CBOS = 621;
    static final int TARGETS = 80;
    static final int PLANS = 63;
    static final String PLAN = "advocacy-planning/advocacy-action-plan";

    private static final String[] KINDS = {"Youth Network", "Women's Group", "Community Budget Watch",
            "Farmers' Association", "Water Users Group", "Community Fishery", "Savings Group",
            "Disability Self-Help Group", "Community Forestry", "Parents' Association"};
    private static final String[] FAMILY = {"Chan", "Sok", "Keo", "Lim", "Meas", "Ros", "Nhem", "Touch", "Sam", "Chea",
            "Heng", "Ouk", "Pich", "Phan", "Yim"};
    private static final String[] GIVEN_F = {"Sokha", "Sreyleak", "Chenda", "Bopha", "Sophea", "Kanha", "Dalin", "Thida"};
    private static final String[] GIVEN_M = {"Vibol", "Rithy", "Sovann", "Dara", "Pisey", "Visal", "Sambath", "Kosal"};

    private final OrganisationService organisations;
    private final MemberService members;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final AccountService accounts;

    DemoProgramme(OrganisationService organisations, MemberService members, AssignmentService assignments,
                  ReviewService reviews, AccountService accounts) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.members = members;
        this.assignments = assignments;
        this.reviews = reviews;
    }

    /** What the programme made, for the log line and the next steps (milestones, indicators). */
    record Made(List<Long> cbos, List<Long> targets, List<Long> generatedTargets, List<Long> withPlan, int districts) {
    }

    /**
     * @param existingTargets the hand-written demo CBOs that are target CBOs (they count among the 80)
     * @param existing        every hand-written demo CBO (they count among the 621)
     * @param reviewer        the coach who approves the plans
     */
    Made seed(List<Long> existing, List<Long> existingTargets, SignedInUser reviewer, LocalDate since) {
        Random random = new Random(2019);
        List<Commune> places = places();
        int districts = (int) places.stream().map(c -> c.getDistrict().getCode()).distinct().count();
        List<Long> cbos = new ArrayList<>(existing);
        List<Long> targets = new ArrayList<>(existingTargets);
        Map<String, Integer> names = new HashMap<>();
        int toMake = CBOS - existing.size();
        int targetsToMake = TARGETS - existingTargets.size();
        for (int i = 0; i < toMake; i++) {
            Commune commune = places.get(i % places.size());
            String base = commune.name(java.util.Locale.ENGLISH) + " " + KINDS[(i / places.size() + i) % KINDS.length];
            int seen = names.merge(base, 1, Integer::sum);
            // Spread the target CBOs evenly over the list, so every province has some.
            boolean target = (long) i * targetsToMake / toMake != (long) (i + 1) * targetsToMake / toMake;
            long id = organisations.createCbo(new CboForm(seen == 1 ? base : base + " " + seen, commune.getId(), target,
                    null, 2005 + random.nextInt(17), CboStatus.ACTIVE));
            cbos.add(id);
            if (target) {
                targets.add(id);
                for (int m = 0; m < 3; m++) {
                    members.addMember(id, person(random), since);
                }
            }
        }
        List<Long> withPlan = new ArrayList<>();
        for (long cbo : targets.subList(targets.size() - PLANS, targets.size())) {
            long author = members.addMember(cbo, person(random), since);
            long account = accounts.createAccountWithoutPassword(author, "member-" + author, Set.of(Role.LEARNER));
            SignedInUser learner = new SignedInUser(account, author, "member-" + author, "", Set.of(Role.LEARNER));
            long[] submission = new long[1];
            SystemUser.runAs(learner, () -> submission[0] = assignments.submit(PLAN, plan()).id());
            SystemUser.runAs(reviewer, () -> reviews.review(submission[0], scores(), "A clear, safe plan: go ahead.",
                    Decision.APPROVED));
            withPlan.add(cbo);
        }
        return new Made(cbos, targets, targets.subList(existingTargets.size(), targets.size()), withPlan, districts);
    }

    /** Every commune of the districts whose communes are in the reference data, district by district. */
    private List<Commune> places() {
        List<Commune> byDistrict = new ArrayList<>();
        for (Province province : organisations.provinces()) {
            for (District district : organisations.districts(province.getId())) {
                byDistrict.addAll(organisations.communes(district.getId()));
            }
        }
        // Interleave districts so that consecutive CBOs land in different districts.
        Map<String, List<Commune>> grouped = new LinkedHashMap<>();
        byDistrict.forEach(c -> grouped.computeIfAbsent(c.getDistrict().getCode(), k -> new ArrayList<>()).add(c));
        List<Commune> interleaved = new ArrayList<>();
        for (int round = 0; interleaved.size() < byDistrict.size(); round++) {
            for (List<Commune> communes : grouped.values()) {
                if (round < communes.size()) {
                    interleaved.add(communes.get(round));
                }
            }
        }
        return interleaved;
    }

    private static MemberProfile person(Random random) {
        boolean woman = random.nextInt(100) < 60;
        String given = woman ? GIVEN_F[random.nextInt(GIVEN_F.length)] : GIVEN_M[random.nextInt(GIVEN_M.length)];
        return new MemberProfile(FAMILY[random.nextInt(FAMILY.length)] + " " + given, woman ? Sex.FEMALE : Sex.MALE,
                1970 + random.nextInt(36), "", Disability.NOT_STATED, false);
    }

    private static Map<String, String> plan() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("issue-and-causes", "The health centre opens late; the commune plan has no budget for a second midwife.");
        answers.put("smart-objective", "The commune council funds a second midwife in next year's investment plan.");
        answers.put("targets-and-allies", "Main target: the commune council. Allies: the health centre chief, women's group.");
        answers.put("key-message", "Mothers wait half a day; one more midwife costs less than one road culvert.");
        answers.put("activities", "Meet the commune clerk; present at the planning workshop; follow up monthly.");
        answers.put("risks", "We write roles, not names; we pause and call our coach if anyone feels threatened.");
        answers.put("signs-of-success", "The midwife post is in the draft plan.");
        return answers;
    }

    private static Map<String, String> scores() {
        Map<String, String> scores = new LinkedHashMap<>();
        for (String criterion : new String[] {"problem-analysis", "smart-objective", "targeting", "risk-and-safety",
                "feasibility"}) {
            scores.put(criterion, "good");
        }
        return scores;
    }
}
