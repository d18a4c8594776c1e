package org.kasang.catalogue;

import java.util.List;
import java.util.Optional;

/** A course's modules and their items (lessons and quizzes) in the order a learner takes them. */
public record CourseOutline(String courseId, int version, Text title, CompletionRule completionRule,
                            List<Module> modules) {

    public record Module(String id, Text title, List<Item> items) {
    }

    public record Item(String id, ItemType type, Text title, int estimatedMinutes) {
    }

    public List<Item> items() {
        return modules.stream().flatMap(module -> module.items().stream()).toList();
    }

    public Optional<Item> item(String itemId) {
        return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<Item> next(String itemId) {
        return neighbour(itemId, 1);
    }

    public Optional<Item> previous(String itemId) {
        return neighbour(itemId, -1);
    }

    private Optional<Item> neighbour(String itemId, int step) {
        List<Item> items = items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                int j = i + step;
                return j >= 0 && j < items.size() ? Optional.of(items.get(j)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
