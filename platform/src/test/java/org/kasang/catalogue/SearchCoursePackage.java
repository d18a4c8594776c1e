package org.kasang.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A tiny two-language course package to search in. "ថវិកា" (budget) is in the title of the first lesson and
 * once in its text, three times in the text of the second, nowhere in the third.
 */
final class SearchCoursePackage {

    static final String KHMER_SENTENCE = "ក្រុមប្រឹក្សាឃុំបានអនុម័តថវិកាសម្រាប់ផ្លូវថ្មីនៅភូមិ";

    private static final Map<String, String> FILES = Map.of(
            "lessons/council-votes-the-budget.en.md", """
                    ## The vote

                    The commune council approved the **budget** for a new road in the village.
                    The budget comes from the Commune/Sangkat Fund.
                    """,
            "lessons/council-votes-the-budget.km.md", """
                    ## ការបោះឆ្នោត

                    %s។ អ្នកភូមិអាចមកស្តាប់កិច្ចប្រជុំក្រុមប្រឹក្សាបាន។
                    """.formatted(KHMER_SENTENCE),
            "lessons/village-meeting.en.md", """
                    People met at the pagoda to talk about what the village needs. The commune council approved
                    money for a new road. The rice bank ledger was read aloud. Villagers will follow the building work.
                    """,
            "lessons/village-meeting.km.md", """
                    ប្រជាជនបានជួបគ្នានៅវត្ត ដើម្បីពិភាក្សាអំពីថវិកា និងតម្រូវការរបស់ភូមិ។ %s។
                    ថវិកានេះមកពី **មូលនិធិឃុំ សង្កាត់**។ អ្នកភូមិនឹងតាមដានការងារសាងសង់ផ្លូវ ហើយរាយការណ៍ទៅក្រុមប្រឹក្សាវិញ។
                    """.formatted(KHMER_SENTENCE),
            "lessons/health-centre.en.md", """
                    The health centre opens at seven in the morning. About 15% of the development money goes to health.
                    """,
            "lessons/health-centre.km.md", """
                    មណ្ឌលសុខភាពបើកពីម៉ោងប្រាំពីរព្រឹក។ សូមនាំយកប័ណ្ណសមធម៌របស់អ្នកមកជាមួយ។
                    """);

    private SearchCoursePackage() {
    }

    /** Writes the package under a new course id and returns its folder. */
    static Path write(Path parent, String courseId) throws IOException {
        Path folder = parent.resolve(courseId);
        Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(folder.resolve("course.yaml"), manifest(courseId));
        for (var file : FILES.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static String manifest(String courseId) {
        return """
                id: %s
                version: 1
                languages: [en, km]
                title:
                  en: "Search practice"
                  km: "ការហាត់ស្វែងរក"
                summary:
                  en: "A small course to search in."
                  km: "វគ្គតូចមួយសម្រាប់ស្វែងរក។"
                topic: budget-literacy
                audience: cbo-members
                estimatedMinutes: 10
                completionRule: Completed
                modules:
                  - id: village-life
                    title:
                      en: "Village life"
                      km: "ជីវិតនៅភូមិ"
                    lessons:
                      - id: council-votes-the-budget
                        title:
                          en: "The council votes the budget"
                          km: "ក្រុមប្រឹក្សាអនុម័តថវិកា"
                        file: lessons/council-votes-the-budget
                        estimatedMinutes: 3
                      - id: village-meeting
                        title:
                          en: "The village meeting"
                          km: "កិច្ចប្រជុំភូមិ"
                        file: lessons/village-meeting
                        estimatedMinutes: 3
                      - id: health-centre
                        title:
                          en: "The health centre"
                          km: "មណ្ឌលសុខភាព"
                        file: lessons/health-centre
                        estimatedMinutes: 3
                """.formatted(courseId);
    }
}
