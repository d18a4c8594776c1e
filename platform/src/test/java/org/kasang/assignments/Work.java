package org.kasang.assignments;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answers and scores for the bundled assignments, as a CBO and its coach would write them; the browser journeys use them too. */
public final class Work {

    public static final String PLAN = "advocacy-planning/advocacy-action-plan";
    public static final String WORKSHEET = "budget-literacy/budget-worksheet";

    private Work() {
    }

    public static Map<String, String> plan() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("issue-and-causes", "Children in Village 3 walk 5 km to school; root cause: no bus in the commune plan.");
        answers.put("smart-objective", "The commune council adds a school bus to next year's investment plan by December.");
        answers.put("targets-and-allies", "Main target: the commune chief. Allies: the school director, women's group.");
        answers.put("key-message", "Forty children walk two hours a day; a bus costs less than one road repair.");
        answers.put("activities", "March: meet the commune clerk. April: present at the planning workshop.");
        answers.put("risks", "We write roles, not names; we pause and call our coach if anyone feels threatened.");
        answers.put("signs-of-success", "The bus is in the draft plan; members review monthly.");
        return answers;
    }

    public static Map<String, String> worksheet() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("commune", "Kampong Luong, Ponhea Lueu, Kandal");
        answers.put("budget-year", "2026");
        answers.put("source", "notice-board");
        answers.put("total-revenue", "680000000");
        answers.put("fund-transfer", "Administration 120000000, development 380000000: 74% of revenue.");
        answers.put("largest-items", "Road repair 200000000 (development), salaries 90000000 (administration).");
        answers.put("forum-question", "When will the road repair in line 4.2 start?");
        return answers;
    }

    /** Every criterion of the action plan's rubric at one level. */
    public static Map<String, String> planScores(String level) {
        Map<String, String> scores = new LinkedHashMap<>();
        for (String criterion : new String[] {"problem-analysis", "smart-objective", "targeting", "risk-and-safety", "feasibility"}) {
            scores.put(criterion, level);
        }
        return scores;
    }
}
