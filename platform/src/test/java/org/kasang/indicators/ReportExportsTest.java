package org.kasang.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.Text;
import org.kasang.pdf.KhmerInk;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportExportsTest extends IntegrationTest {

    static final Locale KHMER = Locale.forLanguageTag("km");

    @Autowired
    ReportExports exports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    IndicatorReport report = SampleReport.of2020();

    @BeforeEach
    void admin() {
        signInAs(fixtures.staff("Report admin", Role.ADMIN));
    }

    @Test
    void csv_reads_back_with_every_figure_and_small_cells_hidden_and_is_logged() {
        long logged = logged();
        String text = new String(exports.csv(report, Locale.ENGLISH), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = parse(text.substring(1));
        assertThat(rows.get(0)).containsExactly("Code", "Indicator", "Result", "Unit", "Period", "Breakdown", "Category",
                "Category name", "Numerator", "Denominator", "Value", "Baseline", "Target", "% of target");
        assertThat(row(rows, "1.1", "TOTAL")).containsExactly("1.1", "Target CBOs that advocated to the authorities",
                "Outcome 1 / 1.1", "CBOS", "2020", "TOTAL", "TOTAL", "Total", "13", "80", "16.25", "5", "20", "81.25");
        assertThat(row(rows, "1.1", "02")).containsSubsequence("PROVINCE", "02", "Battambang", "8", "40", "20");
        assertThat(row(rows, "1.1", "07")).as("a suppressed cell shows its marker and no figure")
                .containsExactly("1.1", "Target CBOs that advocated to the authorities", "Outcome 1 / 1.1", "CBOS", "2020",
                        "PROVINCE", "07", "Kampot", "<5", "", "", "", "", "");
        assertThat(row(rows, "2.1", "MALE").subList(8, 11)).containsExactly("<5", "", "");
        assertThat(rows).hasSize(1 + 5 + 3 + 3);
        assertThat(logged()).isEqualTo(logged + 1);
        assertThat(lastLog()).isEqualTo("indicator-report 2020 false 11");
    }

    @Test
    void csv_in_khmer_has_khmer_headings_and_names() {
        List<List<String>> rows = parse(new String(exports.csv(report, KHMER), StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0).get(0)).isEqualTo("កូដ");
        assertThat(row(rows, "1.1", "07").get(7)).isEqualTo("កំពត");
    }

    @Test
    void xlsx_opens_with_the_indicator_table_as_numbers_and_every_figure() throws Exception {
        long logged = logged();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(report, Locale.ENGLISH)))) {
            Sheet table = workbook.getSheetAt(0);
            assertThat(table.getSheetName()).isEqualTo("Indicators");
            assertThat(table.getRow(0).getCell(8).getStringCellValue()).isEqualTo("% of target");
            Row advocacy = table.getRow(1);
            assertThat(advocacy.getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(advocacy.getCell(5).getNumericCellValue()).isEqualTo(5.0);
            assertThat(advocacy.getCell(6).getNumericCellValue()).isEqualTo(20.0);
            assertThat(advocacy.getCell(7).getNumericCellValue()).isEqualTo(16.25);
            assertThat(advocacy.getCell(8).getNumericCellValue()).isEqualTo(81.25);
            assertThat(advocacy.getCell(9).getNumericCellValue()).isEqualTo(13.0);
            assertThat(advocacy.getCell(10).getNumericCellValue()).isEqualTo(80.0);
            assertThat(table.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(63.0);
            assertThat(table.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2.1");

            Sheet figures = workbook.getSheetAt(1);
            assertThat(figures.getLastRowNum()).isEqualTo(11);
            Row battambang = figures.getRow(2);
            assertThat(battambang.getCell(6).getStringCellValue()).isEqualTo("02");
            assertThat(battambang.getCell(10).getNumericCellValue()).isEqualTo(20.0);
            Row kampot = figures.getRow(3);
            assertThat(kampot.getCell(6).getStringCellValue()).isEqualTo("07");
            assertThat(kampot.getCell(8).getStringCellValue()).isEqualTo("<5");
            assertThat(kampot.getCell(10)).isNull();
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(report, KHMER)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("សូចនាករ");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("CBO គោលដៅដែលបានតស៊ូមតិទៅអាជ្ញាធរ");
        }
        assertThat(logged()).isEqualTo(logged + 2);
    }

    @Test
    void pdf_holds_the_table_the_sentences_and_both_charts() throws Exception {
        long logged = logged();
        byte[] pdf = exports.pdf(report, Locale.ENGLISH);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Indicator report: results against targets", "Reporting period: 2020",
                    "% of target", "81.25%",
                    "16.25% (13 of 80) of target CBOs advocated to national government and local authorities",
                    "63 CBOs were supported to produce advocacy plans",
                    "Figures for fewer than 5 CBOs or people are hidden");
            int images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
                    }
                }
            }
            assertThat(images).as("trend and province charts of 1.1 and 1.2; 2.1 has neither").isEqualTo(4);
        }
        assertThat(logged()).isEqualTo(logged + 1);
    }

    /** The pages are saved under target/khmer-shaping/ to look at. */
    @Test
    void khmer_pdf_is_shaped_and_reads_back() throws Exception {
        byte[] pdf = exports.pdf(report, KHMER);
        String title = ResourceBundle.getBundle("vaadin-i18n.translations", KHMER).getString("report-export.pdf.title");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title, "16.25% (13 ក្នុងចំណោម 80) " + SampleReport.PREDICATE_KM,
                    "1.1 CBO គោលដៅដែលបានតស៊ូមតិទៅអាជ្ញាធរ 5% 20% 16.25% 81.25%");
            double scale = 4;
            var page = new PDFRenderer(document).renderImageWithDPI(0, (float) (72 * scale));
            var differences = KhmerInk.firstLine(page, scale, title, "NotoSansKhmer-Bold.ttf", 18);
            var dir = java.nio.file.Path.of("target", "khmer-shaping");
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 72), "png",
                        dir.resolve("report-km-page-" + (i + 1) + ".png").toFile());
            }
            System.out.println("Khmer report title: " + differences);
            assertThat(differences.shapedToNaive()).as("the check can tell shaped from unshaped").isGreaterThan(0.25);
            assertThat(differences.toShaped()).as("the title looks as Java2D shapes it").isLessThan(0.10);
            assertThat(differences.toNaive()).as("the title does not look unshaped").isGreaterThan(0.25);
        }
    }

    @Test
    void dhis2_values_carry_code_period_org_unit_and_category_and_leave_out_suppressed_cells() throws Exception {
        long logged = logged();
        JsonNode values = json.readTree(exports.dhis2(report)).get("dataValues");
        List<String> all = new ArrayList<>();
        values.forEach(v -> all.add(v.get("dataElement").asText() + " " + v.get("period").asText() + " "
                + v.get("orgUnit").asText() + " " + v.get("categoryOptionCombo").asText() + " " + v.get("value").asText()));
        assertThat(all).containsExactly(
                "1.1 2020 KASANG TOTAL 16.25",
                "1.1 2020 02 TOTAL 20",
                "1.1 2020 17 TOTAL 20",
                "1.1 2020 0201 TOTAL 20",
                "1.2 2020 KASANG TOTAL 63",
                "1.2 2020 02 TOTAL 40",
                "1.2 2020 07 TOTAL 23",
                "2.1 2020 KASANG TOTAL 33",
                "2.1 2020 KASANG FEMALE 30");
        assertThat(lastLog()).isEqualTo("indicator-report 2020 false 9");
        assertThat(logged()).isEqualTo(logged + 1);
    }

    @Test
    void a_period_that_is_not_a_calendar_year_goes_to_dhis2_by_its_code() throws Exception {
        var programme = SampleReport.report(new ReportingPeriod(2, "2019-2022", SampleReport.text("2019–2022", "២០១៩–២០២២"),
                LocalDate.of(2019, 7, 1), LocalDate.of(2022, 6, 30)));
        JsonNode values = json.readTree(exports.dhis2(programme)).get("dataValues");
        assertThat(values.get(0).get("period").asText()).isEqualTo("2019-2022");
        assertThat(ReportExports.fileName(programme, "csv")).isEqualTo("kasang-indicators-2019-2022.csv");
    }

    @Test
    void only_an_admin_exports_and_a_refused_export_is_not_logged() {
        long logged = logged();
        signInAs(fixtures.coachOf(fixtures.cbo("Report coach CBO")));
        assertThatThrownBy(() -> exports.csv(report, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.dhis2(report)).isInstanceOf(AccessDeniedException.class);
        assertThat(logged()).isEqualTo(logged);
    }

    @Test
    void the_people_behind_a_figure_go_out_as_codes_unless_names_are_chosen_with_a_reason() {
        DrillDown drill = new DrillDown("2.1", Unit.PEOPLE, Dimension.SEX, "FEMALE", 1, List.of(
                new DrillDown.Row(7L, "Kracheh Youth", Text.of("Kracheh"), Text.of("Kratie"), 1024L, "Chan Sokha",
                        List.of(new DrillDown.EvidenceRef(55L, EvidenceKind.COURSE_COMPLETED,
                                java.time.LocalDate.of(2020, 3, 4))))));

        List<List<String>> codes = parse(new String(exports.drillDownCsv(drill, "2020", false, null, Locale.ENGLISH),
                StandardCharsets.UTF_8).substring(1));
        assertThat(codes.get(0)).containsExactly("CBO", "District", "Province", "Member code", "Evidence");
        assertThat(codes.get(1)).containsSubsequence("Kracheh Youth", "Kracheh", "Kratie", "K1024")
                .doesNotContain("Chan Sokha");
        assertThatThrownBy(() -> exports.drillDownCsv(drill, "2020", true, "why", Locale.ENGLISH))
                .isInstanceOf(org.kasang.common.InvalidInput.class);
        List<List<String>> named = parse(new String(exports.drillDownCsv(drill, "2020", true,
                "Certificates ceremony invitation list", Locale.ENGLISH), StandardCharsets.UTF_8).substring(1));
        assertThat(named.get(1)).contains("Chan Sokha");
        assertThat(jdbc.sql("""
                        select with_names || ' ' || coalesce(reason, '-') from export_log
                        where kind = 'indicator-drill-down' order by id desc limit 2""").query(String.class).list())
                .containsExactly("true Certificates ceremony invitation list", "false -");
    }

    private long logged() {
        return jdbc.sql("select count(*) from export_log where kind = 'indicator-report'").query(Long.class).single();
    }

    private String lastLog() {
        return jdbc.sql("select kind || ' ' || subject || ' ' || with_names || ' ' || row_count from export_log "
                + "where kind = 'indicator-report' order by id desc limit 1").query(String.class).single();
    }

    private static List<String> row(List<List<String>> rows, String code, String category) {
        return rows.stream().filter(r -> r.get(0).equals(code) && r.get(6).equals(category)).findFirst().orElseThrow();
    }

    /** RFC 4180 as spreadsheets write it: quoted cells may hold commas, quotes doubled, CRLF between rows. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
