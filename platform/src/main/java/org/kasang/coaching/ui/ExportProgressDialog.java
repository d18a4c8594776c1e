package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.catalogue.CourseSummary;
import org.kasang.coaching.CboProgressExport;
import org.kasang.coaching.ProgressTable;
import org.kasang.common.Cambodia;
import org.kasang.common.Csv;
import org.kasang.common.ui.NamesChoice;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.MemberCourseState;
import org.kasang.learning.Mode;
import org.kasang.organisations.Sex;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports a CBO's progress as CSV. Members are codes unless the coach ticks "include names" and writes why;
 * the download link stays off until they have. Every export is logged.
 */
class ExportProgressDialog extends Dialog {

    private static final ZoneId CAMBODIA = Cambodia.ZONE;

    final NamesChoice names;
    final Anchor download;

    ExportProgressDialog(CboProgressExport export, long cboId, String cboName) {
        setHeaderTitle(getTranslation("export.title", cboName));
        Labels labels = new Labels(this, getLocale());
        names = new NamesChoice(this::namesChanged);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = Csv.write(labels.rows(export.export(cboId, names.withNames(), names.reason())));
            return new DownloadResponse(new ByteArrayInputStream(csv), "kasang-progress-" + cboId + "-"
                    + LocalDate.now(CAMBODIA) + ".csv", Csv.MEDIA_TYPE, csv.length);
        }), getTranslation("export.download"));
        download.getElement().setAttribute("download", true);
        download.setId("progress-download");
        download.getElement().addEventListener("click", e -> close());

        add(new Paragraph(getTranslation("export.about")), names);
        Button close = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(close, download);
    }

    private void namesChanged() {
        download.setEnabled(names.ready());
    }

    /** Column names and values in the coach's language, read while the dialog is in the UI. */
    private static final class Labels {

        private final Locale locale;
        private final String member;
        private final String code;
        private final String sex;
        private final String birthYear;
        private final String status;
        private final String items;
        private final String lastActivity;
        private final String notEnrolled;
        private final Map<CourseStatus, String> statuses = new EnumMap<>(CourseStatus.class);
        private final Map<Mode, String> modes = new EnumMap<>(Mode.class);
        private final Map<Sex, String> sexes = new EnumMap<>(Sex.class);

        Labels(Dialog dialog, Locale locale) {
            this.locale = locale;
            member = dialog.getTranslation("export.column.member");
            code = dialog.getTranslation("export.column.code");
            sex = dialog.getTranslation("member.sex");
            birthYear = dialog.getTranslation("member.birth-year");
            status = dialog.getTranslation("export.column.status");
            items = dialog.getTranslation("export.column.items");
            lastActivity = dialog.getTranslation("export.column.last-activity");
            notEnrolled = dialog.getTranslation("coach.not-enrolled");
            for (CourseStatus value : CourseStatus.values()) {
                statuses.put(value, dialog.getTranslation("status.course." + value.name()));
            }
            for (Mode value : Mode.values()) {
                modes.put(value, dialog.getTranslation("mode." + value.name()));
            }
            for (Sex value : Sex.values()) {
                sexes.put(value, dialog.getTranslation("sex." + value.name()));
            }
        }

        List<List<String>> rows(ProgressTable table) {
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(table.withNames() ? member : code, sex, birthYear));
            for (CourseSummary course : table.courses()) {
                String title = course.title().in(locale);
                header.addAll(List.of(title + ": " + status, title + ": " + items, title + ": " + lastActivity));
            }
            rows.add(header);
            for (ProgressTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.member(), sexes.get(row.sex()),
                        row.birthYear() == null ? "" : String.valueOf(row.birthYear())));
                for (CourseSummary course : table.courses()) {
                    MemberCourseState state = row.course(course.id()).orElse(null);
                    if (state == null) {
                        cells.addAll(List.of(notEnrolled, "", ""));
                    } else {
                        String text = statuses.get(state.status());
                        if (state.completedMode() != null && state.completedMode() != Mode.SELF) {
                            text = text + " · " + modes.get(state.completedMode());
                        }
                        cells.addAll(List.of(text, String.valueOf(state.itemsCompleted()),
                                state.lastActivityAt().atZone(CAMBODIA).toLocalDate().toString()));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
