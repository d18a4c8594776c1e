package org.kasang.indicators.internal;

import org.kasang.indicators.Criterion;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.Dimension;
import org.kasang.indicators.Evidence;
import org.kasang.indicators.EvidenceKind;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.organisations.Sex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes one indicator for one period from evidence already read: who is in the population, who counts and
 * why, and the cells by dimension. Pure, so that the stored figures and a drill-down agree.
 */
public final class Computation {

    public static final String TOTAL = "TOTAL";
    public static final String NOT_STATED = "NOT_STATED";
    public static final String YOUTH = "YOUTH";
    public static final String NOT_YOUTH = "NOT_YOUTH";

    /** A CBO or a person, with its category in each dimension. */
    public record Subject(long cboId, World.Person person, Map<Dimension, String> categories) {
    }

    public record Counted(Subject subject, List<Long> evidenceIds) {
    }

    public record Cell(Dimension dimension, String category, int numerator, Integer denominator, BigDecimal value) {
    }

    public record Result(List<Subject> population, List<Counted> counted) {
    }

    private final World.Snapshot world;
    private final Map<Long, World.Person> others;
    private final LocalDate end;
    private final int youthMin;
    private final int youthMax;
    private final Map<Long, List<Evidence>> byCbo = new HashMap<>();
    private final Map<Long, List<Evidence>> byPerson = new LinkedHashMap<>();

    /** @param evidence every CBO's evidence in the window; others: people in it who are not members now */
    public Computation(World.Snapshot world, Map<Long, World.Person> others, List<Evidence> evidence, LocalDate end,
                       int youthMin, int youthMax) {
        this.world = world;
        this.others = others;
        this.end = end;
        this.youthMin = youthMin;
        this.youthMax = youthMax;
        for (Evidence e : evidence) {
            byCbo.computeIfAbsent(e.cboId(), k -> new ArrayList<>()).add(e);
            if (e.personId() != null) {
                byPerson.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * What an indicator is judged on, so that a computation reads no more than it needs. A rule looks into the
     * details of the evidence kinds it names (judged); a CBO is judged on those alone, and on members only if the
     * rule counts members (course completions, "M of them women"). A person is also placed by their latest
     * evidence of any kind (a former member), so indicators about people read entries of every kind, but the
     * details only of the judged kinds.
     */
    public record Needs(Set<EvidenceKind> kinds, Set<EvidenceKind> judged, boolean members) {

        public static Needs of(IndicatorForm indicator) {
            Set<EvidenceKind> judged = EnumSet.noneOf(EvidenceKind.class);
            boolean members = indicator.unit() == Unit.PEOPLE;
            for (Rule.Item item : indicator.numerator().items()) {
                Criterion criterion = item.criterion();
                if (criterion instanceof Criterion.CourseCompletions) {
                    judged.add(EvidenceKind.COURSE_COMPLETED);
                    members = true;
                } else if (criterion instanceof Criterion.ApprovedAssignment) {
                    judged.add(EvidenceKind.ASSIGNMENT_APPROVED);
                } else if (criterion instanceof Criterion.Milestone) {
                    judged.add(EvidenceKind.MILESTONE);
                } else if (criterion instanceof Criterion.SelfAssessment) {
                    judged.add(EvidenceKind.SELF_ASSESSMENT);
                }
            }
            Set<EvidenceKind> kinds = indicator.unit() == Unit.PEOPLE ? EnumSet.allOf(EvidenceKind.class) : judged;
            return new Needs(kinds, judged, members);
        }

        public Needs and(Needs other) {
            return new Needs(union(kinds, other.kinds), union(judged, other.judged), members || other.members);
        }

        private static Set<EvidenceKind> union(Set<EvidenceKind> a, Set<EvidenceKind> b) {
            Set<EvidenceKind> both = EnumSet.noneOf(EvidenceKind.class);
            both.addAll(a);
            both.addAll(b);
            return both;
        }
    }

    public static Set<Dimension> dimensions(Unit unit) {
        return unit == Unit.CBOS ? Set.of(Dimension.TOTAL, Dimension.PROVINCE, Dimension.DISTRICT)
                : Set.of(Dimension.values());
    }

    public Result run(IndicatorForm indicator) {
        return indicator.unit() == Unit.CBOS ? cbos(indicator) : people(indicator);
    }

    private Result cbos(IndicatorForm indicator) {
        List<Subject> population = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        for (World.Place place : world.cbos().values()) {
            boolean inPopulation = switch (indicator.denominator()) {
                case TARGET_CBOS -> place.target() && place.active();
                case ACTIVE_CBOS -> place.active();
                default -> true;
            };
            if (!inPopulation) {
                continue;
            }
            Subject subject = new Subject(place.cboId(), null, placeCategories(place));
            if (indicator.denominator() != Denominator.NONE) {
                population.add(subject);
            }
            List<Evidence> evidence = byCbo.getOrDefault(place.cboId(), List.of());
            Map<Long, Sex> sexes = new HashMap<>();
            for (Evidence e : evidence) {
                World.Person p = person(e.personId());
                if (p != null) {
                    sexes.put(p.id(), p.sex());
                }
            }
            Judgement judgement = RuleEvaluator.judge(indicator.numerator(),
                    new Facts(evidence, sexes, world.ranks().getOrDefault(place.cboId(), Map.of())));
            if (judgement.holds()) {
                counted.add(new Counted(subject, judgement.evidenceIds()));
            }
        }
        return new Result(population, counted);
    }

    private Result people(IndicatorForm indicator) {
        Map<Long, World.Person> candidates = new LinkedHashMap<>();
        for (World.Person p : world.members().values()) {
            if (indicator.denominator() != Denominator.MEMBERS_OF_TARGET_CBOS || home(p, true) != null) {
                candidates.put(p.id(), p);
            }
        }
        if (indicator.denominator() == Denominator.NONE) {
            byPerson.keySet().forEach(id -> candidates.computeIfAbsent(id, this::person));
            candidates.values().removeIf(java.util.Objects::isNull);
        }
        List<Subject> population = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        boolean targetOnly = indicator.denominator() == Denominator.MEMBERS_OF_TARGET_CBOS;
        for (World.Person p : new TreeMap<>(candidates).values()) {
            Long cbo = home(p, targetOnly);
            if (cbo == null) {
                cbo = latestCbo(p.id());
            }
            if (cbo == null) {
                continue;
            }
            Subject subject = new Subject(cbo, p, personCategories(p, world.cbos().get(cbo)));
            if (indicator.denominator() != Denominator.NONE) {
                population.add(subject);
            }
            List<Evidence> own = byPerson.getOrDefault(p.id(), List.of());
            Judgement judgement = RuleEvaluator.judgePerson(indicator.numerator(),
                    new Facts(own, Map.of(p.id(), p.sex()), world.ranks().getOrDefault(cbo, Map.of())));
            if (judgement.holds()) {
                counted.add(new Counted(subject, judgement.evidenceIds()));
            }
        }
        return new Result(population, counted);
    }

    /** Numerators and denominators by dimension and category; every dimension's categories add up to the total. */
    public static List<Cell> cells(IndicatorForm indicator, Result result) {
        List<Cell> cells = new ArrayList<>();
        boolean shares = indicator.denominator() != Denominator.NONE;
        for (Dimension dimension : Dimension.values()) {
            if (!dimensions(indicator.unit()).contains(dimension)) {
                continue;
            }
            Map<String, int[]> counts = new TreeMap<>();
            result.population().forEach(s -> counts.computeIfAbsent(s.categories().get(dimension), k -> new int[2])[1]++);
            result.counted().forEach(c ->
                    counts.computeIfAbsent(c.subject().categories().get(dimension), k -> new int[2])[0]++);
            if (dimension == Dimension.TOTAL && counts.isEmpty()) {
                counts.put(TOTAL, new int[2]);
            }
            counts.forEach((category, n) -> cells.add(new Cell(dimension, category, n[0], shares ? n[1] : null,
                    value(n[0], shares ? n[1] : null, indicator.factor()))));
        }
        return cells;
    }

    static BigDecimal value(int numerator, Integer denominator, int factor) {
        if (denominator == null) {
            return BigDecimal.valueOf(numerator).setScale(4, RoundingMode.UNNECESSARY);
        }
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) numerator * factor).divide(BigDecimal.valueOf(denominator), 4,
                RoundingMode.HALF_UP);
    }

    private Map<Dimension, String> placeCategories(World.Place place) {
        Map<Dimension, String> categories = new EnumMap<>(Dimension.class);
        categories.put(Dimension.TOTAL, TOTAL);
        categories.put(Dimension.PROVINCE, place == null ? NOT_STATED : place.provinceCode());
        categories.put(Dimension.DISTRICT, place == null ? NOT_STATED : place.districtCode());
        return categories;
    }

    private Map<Dimension, String> personCategories(World.Person p, World.Place place) {
        Map<Dimension, String> categories = placeCategories(place);
        categories.put(Dimension.SEX, p.sex().name());
        categories.put(Dimension.DISABILITY, p.disability().name());
        categories.put(Dimension.YOUTH, youth(p.birthYear()));
        return categories;
    }

    String youth(Integer birthYear) {
        if (birthYear == null) {
            return NOT_STATED;
        }
        int age = end.getYear() - birthYear;
        return age >= youthMin && age <= youthMax ? YOUTH : NOT_YOUTH;
    }

    private Long home(World.Person p, boolean targetOnly) {
        for (Long cbo : p.cbos()) {
            World.Place place = world.cbos().get(cbo);
            if (!targetOnly || (place != null && place.target() && place.active())) {
                return cbo;
            }
        }
        return null;
    }

    private Long latestCbo(long personId) {
        return byPerson.getOrDefault(personId, List.of()).stream()
                .max(java.util.Comparator.comparing(Evidence::occurredOn).thenComparing(Evidence::id))
                .map(Evidence::cboId).orElse(null);
    }

    private World.Person person(Long id) {
        if (id == null) {
            return null;
        }
        World.Person p = world.members().get(id);
        return p != null ? p : others.get(id);
    }

    /** People named in the evidence who are not members at the period's end. */
    public static Set<Long> strangers(List<Evidence> evidence, World.Snapshot world) {
        Set<Long> ids = new java.util.HashSet<>();
        evidence.stream().map(Evidence::personId).filter(java.util.Objects::nonNull)
                .filter(id -> !world.members().containsKey(id)).forEach(ids::add);
        return ids;
    }
}
