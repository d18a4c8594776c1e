package org.kasang.indicators.internal;

import org.kasang.indicators.Evidence;
import org.kasang.organisations.Sex;

import java.util.List;
import java.util.Map;

/**
 * What a rule is judged against: the evidence of one CBO (or of one member) that is not withdrawn and falls in
 * the window, the sex of the members it names, and the CBO's capacity levels by area code.
 */
public record Facts(List<Evidence> evidence, Map<Long, Sex> sexOfPerson, Map<String, Integer> capacityRanks) {

    public Facts {
        evidence = evidence.stream().filter(e -> !e.withdrawn()).toList();
        sexOfPerson = Map.copyOf(sexOfPerson);
        capacityRanks = Map.copyOf(capacityRanks);
    }
}
