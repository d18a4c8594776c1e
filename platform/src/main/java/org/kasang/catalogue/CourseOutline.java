package org.kasang.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A course's modules and their items (lessons and quizzes) in the order a learner takes them. */
public record CourseOutline(String courseId, int version, Text title, CompletionRule completionRule,
                            List<Module> modules, Map<String, String> preTests) {

    /** @param preTests post-test id → the pre-test it is compared with */
    public CourseOutline {
        preTests = Map.copyOf(preTests);
    }

    public record Module(String id, Text title, List<Item> items) {
    }

    /**
     * @param textBytes  per language, the lesson's text as it travels (compressed); empty for other items
     * @param mediaBytes per language, the images the lesson shows, which load only when seen or tapped
     */
    public record Item(String id, ItemType type, Text title, int estimatedMinutes, Map<String, Integer> textBytes,
                       Map<String, Integer> mediaBytes) {

        public Item(String id, ItemType type, Text title, int estimatedMinutes) {
            this(id, type, title, estimatedMinutes, Map.of(), Map.of());
        }

        public int textBytes(Locale locale) {
            return inLanguage(textBytes, locale);
        }

        public int mediaBytes(Locale locale) {
            return inLanguage(mediaBytes, locale);
        }

        private static int inLanguage(Map<String, Integer> sizes, Locale locale) {
            Integer size = sizes.get(locale.getLanguage());
            return size != null ? size : sizes.getOrDefault(Text.FALLBACK, 0);
        }
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
