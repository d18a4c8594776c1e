package org.kasang.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A practical assignment as a learner fills it and a coach reviews it: instructions as sanitised HTML in
 * the reader's language, the template's fields, and the rubric (levels with points, criteria with a
 * descriptor per level). Field, level and criterion ids are stable across course versions.
 */
public record AssignmentPaper(String id, String courseId, int courseVersion, Text title, String instructionsHtml,
                              List<Field> fields, List<Level> levels, List<Criterion> criteria) {

    /** @param kind as the package writes it: "text", "long-text", "number", "date", "choice" */
    public record Field(String id, String kind, Text label, Text help, boolean required, List<Choice> options) {
    }

    public record Choice(String id, Text label) {
    }

    public record Level(String id, int points, Text label) {
    }

    /** @param descriptors level id → what work at that level looks like */
    public record Criterion(String id, Text title, Map<String, Text> descriptors) {
    }

    public int maxPoints() {
        int top = levels.stream().mapToInt(Level::points).max().orElse(0);
        return top * criteria.size();
    }
}
