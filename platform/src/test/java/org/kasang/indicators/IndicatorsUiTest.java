package org.kasang.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.indicators.ui.IndicatorsView;
import org.kasang.indicators.ui.ReportView;
import org.kasang.organisations.Disability;
import org.kasang.organisations.MemberService;
import org.kasang.organisations.Sex;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.indicators.IndicatorTesting.unique;

/** Programme staff define an indicator, compute a period and open what is behind a figure. */
class IndicatorsUiTest extends KaribuTest {

    @Autowired
    Indicators indicators;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    EvidenceRows evidence;
    @Autowired
    MemberService members;
    @Autowired
    JdbcClient jdbc;

    LocalDate start = LocalDate.now().minusMonths(6);
    LocalDate end = LocalDate.now().plusMonths(1);
    String periodName = unique("Year ");
    long period;

    @BeforeEach
    void admin() {
        login(fixtures.staff("M&E UI", Role.ADMIN));
        period = periods.create(new PeriodForm(unique("P"), periodName, "ឆ្នាំ", start, end));
    }

    @Test
    void admin_defines_an_indicator_with_a_target_and_sees_it_listed() {
        String code = unique("OC1.");
        navigate("admin/indicators");
        _get(IndicatorsView.class);
        _click(_get(Button.class, spec -> spec.withText("Add an indicator")));
        _get(TextField.class, spec -> spec.withLabel("Code")).setValue(code);
        _get(TextField.class, spec -> spec.withLabel("Name (English)")).setValue("CBOs trained in budgets");
        _get(TextField.class, spec -> spec.withLabel("Name (Khmer)")).setValue("អង្គការសហគមន៍បានបណ្តុះបណ្តាល");
        _get(TextField.class, spec -> spec.withLabel("Result")).setValue("Outcome 1 / 1.2");
        _get(TextField.class, spec -> spec.withLabel("Sentence (English)")).setValue("of target CBOs trained");
        _get(TextField.class, spec -> spec.withLabel("Sentence (Khmer)")).setValue("នៃអង្គការសហគមន៍គោលដៅ");
        choose(_get(Select.class, spec -> spec.withLabel("Evidence")), "Members completed a course");
        _get(TextField.class, spec -> spec.withLabel("Course, assignment or area code")).setValue("budget-literacy");
        _get(IntegerField.class, spec -> spec.withLabel("At least (members, score or level)")).setValue(3);
        _get(IntegerField.class, spec -> spec.withLabel("Of them women, at least")).setValue(1);
        _get(BigDecimalField.class, spec -> spec.withLabel("Target for " + periodName)).setValue(new BigDecimal("40"));
        _click(_get(Dialog.class).getFooter().getElement().getChildren()
                .map(e -> e.getComponent().orElseThrow()).filter(c -> c instanceof Button b && b.getText().equals("Save"))
                .map(Button.class::cast).findFirst().orElseThrow());

        Grid<?> grid = _find(Grid.class).get(0);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)))
                .anySatisfy(row -> assertThat(row).contains(code, "CBOs trained in budgets", "Outcome 1 / 1.2", "CBOs"));
        IndicatorSummary saved = indicators.list(PageRequest.of(0, 10_000)).stream()
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        IndicatorForm form = indicators.form(saved.id());
        assertThat(form.numerator()).isEqualTo(Rule.allOf(new Criterion.CourseCompletions("budget-literacy", 3, 1)));
        assertThat(form.denominator()).isEqualTo(Denominator.TARGET_CBOS);
        assertThat(form.targets()).containsEntry(period, new BigDecimal("40.00"));
    }

    @Test
    void admin_computes_the_period_reads_the_sentence_and_opens_the_cbos_behind_the_figure() {
        String course = unique("course-");
        long cbo = fixtures.cbo("Report UI", "100207");
        long person = IndicatorTesting.member(members, cbo, "Sok Report", Sex.FEMALE, 1990, Disability.NONE);
        IndicatorTesting.completed(evidence, cbo, person, course, start.plusDays(10));
        String predicate = "of target CBOs trained in " + course;
        IndicatorForm form = new IndicatorForm(unique("R"), "Trained", "បានបណ្តុះបណ្តាល", null, null, "Output 2",
                ResultKind.OUTPUT, Unit.CBOS, Rule.allOf(new Criterion.CourseCompletions(course, 1, 0)),
                Denominator.TARGET_CBOS, Window.PERIOD, 100, null, null, predicate, "នៃអង្គការសហគមន៍គោលដៅ",
                Map.of(period, new BigDecimal("5")));
        indicators.create(form);

        navigate("admin/report");
        _get(ReportView.class);
        assertThat(_get(Div.class, spec -> spec.withId("report-downloads")).getChildren()).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<ReportingPeriod> picker = _get(ComboBox.class, spec -> spec.withLabel("Reporting period"));
        picker.setValue(periods.period(period));
        _click(_get(Button.class, spec -> spec.withText("Compute now")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-freshness")).getText())
                .startsWith("Figures computed").doesNotContain("Evidence has changed");

        long targets = jdbc.sql("select count(*) from cbo where target and status = 'ACTIVE'").query(Long.class).single();
        String percent = IndicatorReports.number(BigDecimal.valueOf(100).divide(BigDecimal.valueOf(targets), 4,
                RoundingMode.HALF_UP));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(percent + "% (1 of " + targets + ") " + predicate);
        // The period's exports, its charts drawn on the server, and its learning records as xAPI.
        _get(Anchor.class, spec -> spec.withId("download-pdf"));
        _get(Anchor.class, spec -> spec.withId("download-dhis2"));
        assertThat(_find(Image.class).stream().map(Image::getAlt).flatMap(java.util.Optional::stream))
                .contains("Trend of Trained, with its target", "Trained by province");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("From")).getValue()).isEqualTo(start);
        assertThat(_get(Anchor.class, spec -> spec.withId("download-xapi")).isEnabled()).isTrue();

        @SuppressWarnings("unchecked")
        Grid<IndicatorReport.Line> table = _find(Grid.class).get(0);
        List<IndicatorReport.Line> lines = table.getListDataView().getItems().toList();
        int row = IntStream.range(0, lines.size()).filter(i -> lines.get(i).code().equals(form.code())).findFirst()
                .orElseThrow();
        assertThat(_getFormattedRow(table, row)).contains(form.code(), "Trained", "5");
        _click((Button) _getCellComponent(table, row, "actual"));

        Dialog drill = _get(Dialog.class);
        assertThat(_find(drill, Paragraph.class).stream().map(Paragraph::getText)).contains("CBOs behind this figure: 1");
        Grid<?> rows = _get(drill, Grid.class);
        assertThat(_size(rows)).isEqualTo(1);
        assertThat(_getFormattedRow(rows, 0)).anySatisfy(cell -> assertThat(cell).startsWith("Report UI"))
                .contains("Kracheh", "Kratie")
                .anySatisfy(cell -> assertThat(cell).startsWith("Course completed on " + start.plusDays(10)));
        drill.close();

        // New evidence after computing: the page says the figures may be out of date.
        IndicatorTesting.completed(evidence, cbo, person, course, start.plusDays(11));
        picker.setValue(null);
        picker.setValue(periods.period(period));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-freshness")).getText())
                .contains("Evidence has changed since: compute again to include it.");
    }

    @Test
    void editing_an_indicator_keeps_a_rule_richer_than_the_form() {
        Rule rich = Rule.atLeast(1, List.of(Rule.Item.of(new Criterion.ApprovedAssignment("advocacy-plan")),
                Rule.Item.of(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT))));
        IndicatorForm form = IndicatorTesting.indicator(Unit.CBOS, Denominator.ACTIVE_CBOS, Window.CUMULATIVE, rich,
                Map.of());
        long id = indicators.create(form);
        navigate("admin/indicators");
        Grid<?> grid = _find(Grid.class).get(0);
        int row = IntStream.range(0, _size(grid)).filter(i -> _getFormattedRow(grid, i).contains(form.code()))
                .findFirst().orElseThrow();
        _click((Button) _getCellComponent(grid, row, "edit"));
        _get(TextField.class, spec -> spec.withLabel("Name (English)")).setValue("Renamed");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(indicators.form(id).nameEn()).isEqualTo("Renamed");
        assertThat(indicators.form(id).numerator()).isEqualTo(rich);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choose(Select select, String label) {
        Object item = select.getListDataView().getItems()
                .filter(i -> label.equals(select.getItemLabelGenerator().apply(i))).findFirst().orElseThrow();
        select.setValue(item);
    }

}
