package org.kasang.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.internal.ClasspathPackageFiles;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SearchServiceTest extends IntegrationTest {

    static final Locale KHMER = Locale.forLanguageTag("km");

    @Autowired
    SearchService search;
    @Autowired
    CourseImportService imports;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;
    SignedInUser trainer;
    SignedInUser learner;
    String course;

    @BeforeEach
    void aCourseOfOurOwn() throws IOException {
        trainer = fixtures.staff("Search trainer", Role.TRAINER);
        learner = fixtures.learner(fixtures.cbo("Search CBO"), "Mao Sophal");
        course = "search-" + UUID.randomUUID().toString().substring(0, 8);
        signInAs(trainer);
        imports.importOne(new ClasspathPackageFiles(
                new FileSystemResource(SearchCoursePackage.write(temp, course).resolve("course.yaml"))));
    }

    @Test
    void a_khmer_word_inside_a_sentence_is_found_and_the_lesson_named_after_it_comes_first() {
        signInAs(learner);

        List<SearchHit> hits = inCourse(find("ថវិកា", KHMER));

        assertThat(hits).extracting(SearchHit::localLessonId)
                .containsExactly("council-votes-the-budget", "village-meeting");
        assertThat(hits.get(0).lessonTitle().in(KHMER)).isEqualTo("ក្រុមប្រឹក្សាអនុម័តថវិកា");
        assertThat(hits.get(0).snippet()).contains(SearchCoursePackage.KHMER_SENTENCE);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.where()).isEqualTo(SearchHit.LESSON));
    }

    @Test
    void an_english_phrase_finds_the_lesson_about_it_first_whatever_the_case() {
        signInAs(learner);

        for (String query : List.of("Commune/Sangkat Fund", "commune/sangkat FUND")) {
            SearchHit first = find(query, Locale.ENGLISH).get(0);
            assertThat(first.localLessonId()).isEqualTo("commune-sangkat-fund");
            assertThat(first.lessonTitle().in(Locale.ENGLISH)).isEqualTo("The Commune/Sangkat Fund");
            assertThat(first.snippet()).contains("The Commune/Sangkat Fund").doesNotContain("**", "##");
        }
        assertThat(find("Commune/Sangkat Fund", Locale.ENGLISH)).extracting(SearchHit::lessonId)
                .contains("budget-literacy/commune-sangkat-fund");
    }

    @Test
    void lessons_of_an_unpublished_course_are_found_by_trainers_but_not_by_learners_or_coaches() {
        jdbc.sql("update course set published = false where id = ?").param(course).update();

        signInAs(trainer);
        assertThat(inCourse(find("rice bank ledger", Locale.ENGLISH))).extracting(SearchHit::localLessonId)
                .containsExactly("village-meeting");
        signInAs(learner);
        assertThat(inCourse(find("rice bank ledger", Locale.ENGLISH))).isEmpty();
        signInAs(fixtures.coachOf(fixtures.cbo("Search coach CBO")));
        assertThat(inCourse(find("rice bank ledger", Locale.ENGLISH))).isEmpty();
    }

    @Test
    void a_query_of_fewer_than_two_letters_finds_nothing() {
        signInAs(learner);
        for (String query : new String[] {null, "", "   ", "a", " ថ "}) {
            assertThat(search.search(query, Locale.ENGLISH, PageRequest.of(0, 50))).as(query).isEmpty();
        }
    }

    @Test
    void percent_and_underscore_are_searched_for_as_they_are() {
        signInAs(learner);

        assertThat(find("%%", Locale.ENGLISH)).isEmpty();
        assertThat(find("1_%", Locale.ENGLISH)).isEmpty();
        List<SearchHit> hits = find("15%", Locale.ENGLISH);
        assertThat(inCourse(hits)).extracting(SearchHit::localLessonId).containsExactly("health-centre");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.snippet()).contains("15%"));
    }

    @Test
    void results_come_in_slices_that_say_whether_more_follow() {
        signInAs(learner);

        var firstPage = search.search("budget", Locale.ENGLISH, PageRequest.of(0, 2));
        var secondPage = search.search("budget", Locale.ENGLISH, PageRequest.of(1, 2));

        assertThat(firstPage.getContent()).hasSize(2);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(secondPage.getContent()).hasSize(2).doesNotContainAnyElementsOf(firstPage.getContent());
    }

    private List<SearchHit> find(String query, Locale locale) {
        return search.search(query, locale, PageRequest.of(0, 500)).getContent();
    }

    private List<SearchHit> inCourse(List<SearchHit> hits) {
        return hits.stream().filter(hit -> hit.courseId().equals(course)).toList();
    }
}
