package org.kasang.indicators;

import org.kasang.common.InvalidInput;

import java.util.List;

/**
 * A rule over evidence, in the style of Moodle's competency rules: all of the items; at least N of them (with
 * some required); or points from the items that hold reaching a threshold (required items must hold too).
 */
public record Rule(Kind kind, int atLeast, int threshold, List<Item> items) {

    public enum Kind {
        ALL_OF, AT_LEAST, POINTS
    }

    /** One criterion of the rule, whether it must hold whatever the count, and what it is worth in points. */
    public record Item(Criterion criterion, boolean required, int points) {

        public static Item of(Criterion criterion) {
            return new Item(criterion, false, 0);
        }
    }

    public Rule {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Rule allOf(Criterion... criteria) {
        return new Rule(Kind.ALL_OF, 0, 0, java.util.Arrays.stream(criteria).map(Item::of).toList());
    }

    public static Rule atLeast(int count, List<Item> items) {
        return new Rule(Kind.AT_LEAST, count, 0, items);
    }

    public static Rule points(int threshold, List<Item> items) {
        return new Rule(Kind.POINTS, 0, threshold, items);
    }

    /** Refuses a rule that could never hold or always holds by mistake. */
    public Rule validated() {
        if (kind == null) {
            throw new InvalidInput("rule.error.kind");
        }
        if (items.isEmpty() || items.stream().anyMatch(item -> item.criterion() == null)) {
            throw new InvalidInput("rule.error.items");
        }
        if (kind == Kind.AT_LEAST && (atLeast < 1 || atLeast > items.size())) {
            throw new InvalidInput("rule.error.at-least", items.size());
        }
        if (kind == Kind.POINTS && (threshold < 1
                || threshold > items.stream().mapToInt(Item::points).filter(p -> p > 0).sum())) {
            throw new InvalidInput("rule.error.threshold");
        }
        return this;
    }
}
