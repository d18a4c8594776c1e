package org.kasang.coaching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.catalogue.QuizPaper;
import org.kasang.coaching.CoachingService;
import org.kasang.organisations.Cbo;
import org.kasang.learning.ProgressQueries;
import org.kasang.learning.QuestionDifficulty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The questions of a course answered wrong most often, across the coach's CBOs or in one: what to explain
 * again at the next visit.
 */
@Route("coach/questions")
@RolesAllowed({"COACH", "ADMIN"})
public class DifficultQuestionsView extends VerticalLayout implements HasDynamicTitle {

    /** Enough for the CBOs one coach follows; "all" means these. */
    private static final int MAX_CBOS = 200;
    private static final long ALL = -1;

    private final ProgressQueries progress;
    private final CatalogueService catalogue;
    private final Map<String, QuizPaper> papers = new HashMap<>();
    private final Select<CourseSummary> course = new Select<>();
    private final Select<Long> cbo = new Select<>();
    private final Map<Long, String> cboNames;
    final Grid<QuestionDifficulty> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public DifficultQuestionsView(ProgressQueries progress, CatalogueService catalogue, CoachingService coaching) {
        this.progress = progress;
        this.catalogue = catalogue;
        addClassName("kasang-page");
        cboNames = coaching.cbos(PageRequest.of(0, MAX_CBOS, Sort.unsorted())).getContent().stream()
                .collect(Collectors.toMap(Cbo::getId, Cbo::getName, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        course.setLabel(getTranslation("questions.course"));
        course.setItems(catalogue.publishedCourses());
        course.setItemLabelGenerator(c -> c.title().in(getLocale()));
        cbo.setLabel(getTranslation("questions.cbo"));
        List<Long> choices = new java.util.ArrayList<>();
        choices.add(ALL);
        choices.addAll(cboNames.keySet());
        cbo.setItems(choices);
        cbo.setItemLabelGenerator(id -> id == ALL ? getTranslation("questions.all-cbos") : cboNames.get(id));
        cbo.setValue(ALL);
        course.addValueChangeListener(e -> show());
        cbo.addValueChangeListener(e -> show());

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(d -> prompt(d)).setHeader(getTranslation("questions.question")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation("questions.right", d.percentRight(), d.right(), d.answered()))
                .setHeader(getTranslation("questions.answered-right")).setFlexGrow(1);
        grid.addColumn(this::commonestWrong).setHeader(getTranslation("questions.commonest-wrong")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        FlexLayout filters = new FlexLayout(course, cbo);
        filters.addClassName("kasang-filters");
        add(new H2(getTranslation("questions.title")), filters, empty, grid);
        catalogue.publishedCourses().stream().findFirst().ifPresent(course::setValue);
    }

    private void show() {
        if (course.getValue() == null) {
            return;
        }
        List<Long> cbos = cbo.getValue() == null || cbo.getValue() == ALL ? List.copyOf(cboNames.keySet()) : List.of(cbo.getValue());
        List<QuestionDifficulty> rows = progress.difficultQuestions(course.getValue().id(), cbos);
        grid.setItems(rows);
        empty.setText(rows.isEmpty() ? getTranslation("questions.none") : "");
        empty.setVisible(rows.isEmpty());
    }

    private QuizPaper paper(String quizId) {
        return papers.computeIfAbsent(quizId, catalogue::quiz);
    }

    private String prompt(QuestionDifficulty d) {
        return paper(d.quizId()).questions().stream().filter(q -> q.id().equals(d.questionId())).findFirst()
                .map(q -> q.prompt().in(getLocale())).orElse(d.questionId());
    }

    private String commonestWrong(QuestionDifficulty d) {
        if (d.commonestWrong().isEmpty()) {
            return "";
        }
        String options = paper(d.quizId()).questions().stream().filter(q -> q.id().equals(d.questionId()))
                .flatMap(q -> q.options().stream()).filter(o -> d.commonestWrong().contains(o.id()))
                .map(o -> o.text().in(getLocale())).collect(Collectors.joining(" + "));
        return getTranslation("questions.wrong", options, d.commonestWrongCount());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questions.title");
    }
}
