package org.kasang.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The right options of a bundled quiz as a learner reads them in English, from the course package on the
 * classpath (module course-content): question id → the labels to tick.
 */
record QuizAnswers(String quizId, Map<String, Set<String>> rightLabels) {

    static QuizAnswers of(String course, String file) {
        String path = "courses/" + course + "/" + file;
        try (InputStream in = QuizAnswers.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the classpath");
            }
            JsonNode quiz = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Set<String>> right = new LinkedHashMap<>();
            for (JsonNode question : quiz.path("questions")) {
                Set<String> labels = new LinkedHashSet<>();
                for (JsonNode option : question.path("options")) {
                    if (option.path("correct").asBoolean()) {
                        labels.add(option.path("text").path("en").asText().strip());
                    }
                }
                right.put(question.path("id").asText(), labels);
            }
            return new QuizAnswers(quiz.path("id").asText(), right);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
