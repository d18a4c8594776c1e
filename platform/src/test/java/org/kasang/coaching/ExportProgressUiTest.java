package org.kasang.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.ui.ExportLogView;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach exports codes by default; names only after ticking the box and saying why; staff read the log. */
class ExportProgressUiTest extends KaribuTest {

    @Autowired
    CboProgressExport export;

    @Test
    void the_download_waits_for_a_reason_when_names_are_included() {
        long cbo = fixtures.cbo("Export UI CBO");
        fixtures.learner(cbo, "Export Chantha");
        SignedInUser coach = fixtures.coachOf(cbo);
        login(coach);
        navigate("coach/cbo/" + cbo);

        _click(_get(Button.class, spec -> spec.withId("export-progress")));
        Anchor download = _get(Anchor.class, spec -> spec.withId("progress-download"));
        assertThat(download.isEnabled()).isTrue();
        assertThat(_find(TextArea.class)).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Include members' names")), true);
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why do you need the names?"));
        assertThat(download.isEnabled()).isFalse();
        _setValue(reason, "for me");
        assertThat(download.isEnabled()).isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you need the names, in at least 10 characters.");
        _setValue(reason, "Attendance list for the district meeting");
        assertThat(download.isEnabled()).isTrue();
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void programme_staff_see_who_exported_what_and_why() {
        long cbo = fixtures.cbo("Export log CBO");
        fixtures.learner(cbo, "Export Vanna");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(coach);
        export.export(cbo, true, "Attendance list for the district meeting");
        export.export(cbo, false, null);

        login(fixtures.staff("Export log admin", Role.ADMIN));
        navigate("admin/exports");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(_get(ExportLogView.class), Grid.class);
        assertThat(_getFormattedRow(grid, 0)).contains(coach.displayName(), "Codes only", "1").anyMatch(
                cell -> cell.startsWith("Progress of a CBO: Export log CBO"));
        assertThat(_getFormattedRow(grid, 1)).contains(coach.displayName(), "With names",
                "Attendance list for the district meeting", "1");
    }
}
