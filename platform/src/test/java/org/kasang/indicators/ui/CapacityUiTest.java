package org.kasang.indicators.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.common.Cambodia;
import org.kasang.indicators.AreaLevel;
import org.kasang.indicators.AreaScores;
import org.kasang.indicators.AssessmentRound;
import org.kasang.indicators.CapacityArea;
import org.kasang.indicators.CapacityAreas;
import org.kasang.indicators.CapacityStates;
import org.kasang.indicators.Criterion;
import org.kasang.indicators.EvidenceKind;
import org.kasang.indicators.GovernmentLevel;
import org.kasang.indicators.Milestone;
import org.kasang.indicators.MilestoneKind;
import org.kasang.indicators.MilestoneStatus;
import org.kasang.indicators.Milestones;
import org.kasang.indicators.Rule;
import org.kasang.indicators.SelfAssessments;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff define capacity areas, coaches report milestones that someone else verifies, and CBOs score themselves. */
class CapacityUiTest extends KaribuTest {

    static final String PLAN = "advocacy-planning/advocacy-action-plan";

    @Autowired CapacityAreas areas;
    @Autowired CapacityStates states;
    @Autowired Milestones milestones;
    @Autowired SelfAssessments assessments;
    @Autowired CatalogueService catalogue;

    SignedInUser admin;
    long cbo;
    SignedInUser coach;
    SignedInUser secondCoach;
    String code;

    @BeforeEach
    void cboWithTwoCoaches() {
        admin = fixtures.staff("Programme Officer", Role.ADMIN);
        cbo = fixtures.cbo("Capacity UI CBO");
        coach = fixtures.coachOf(cbo);
        secondCoach = fixtures.coachOf(cbo);
        code = "ui-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void admin_defines_an_area_with_two_levels_and_their_rules_and_sees_it_listed() {
        login(admin);
        navigate("admin/capacity");
        _click(_get(CapacityAreasView.class).create);
        AreaEditor editor = _get(AreaEditor.class);
        editor.code.setValue(code);
        editor.nameEn.setValue("Advocacy");
        editor.nameKm.setValue("ការតស៊ូមតិ");
        CourseSummary budget = catalogue.publishedCourses().stream().filter(c -> c.id().equals("budget-literacy"))
                .findFirst().orElseThrow();
        editor.courses.setValue(List.of(budget));

        LevelEditor first = editor.levels.get(0);
        assertThat(first.heading.getText()).isEqualTo("Level 1");
        first.nameEn.setValue("Plans");
        first.nameKm.setValue("ផែនការ");
        first.kind.setValue(Rule.Kind.ALL_OF);
        first.items.get(0).type.setValue(ItemEditor.Type.APPROVED_ASSIGNMENT);
        first.items.get(0).assignment.setValue(PLAN);

        _click(editor.addLevel);
        LevelEditor second = editor.levels.get(1);
        assertThat(second.heading.getText()).isEqualTo("Level 2");
        second.nameEn.setValue("Acts");
        second.nameKm.setValue("សកម្មភាព");
        second.kind.setValue(Rule.Kind.POINTS);
        second.threshold.setValue(9);
        ItemEditor milestone = second.items.get(0);
        milestone.type.setValue(ItemEditor.Type.MILESTONE);
        milestone.milestoneKind.setValue(MilestoneKind.ADVOCATED);
        milestone.minLevel.setValue(GovernmentLevel.DISTRICT);
        milestone.required.setValue(true);
        milestone.points.setValue(3);
        _click(second.addItem);
        ItemEditor completions = second.items.get(1);
        completions.course.setValue(budget);
        completions.minMembers.setValue(3);
        completions.minWomen.setValue(1);
        completions.points.setValue(2);

        // 9 points cannot be reached with 3 + 2: refused, with the reason, and the dialog stays open.
        _click(editor.save);
        assertThat(editor.error.getText()).isEqualTo(
                "The points needed must be at least 1 and no more than the items' points together.");
        assertThat(areas.list()).extracting(CapacityArea::code).doesNotContain(code);

        second.threshold.setValue(5);
        _click(editor.save);
        assertThat(editor.isOpened()).isFalse();
        var grid = _get(CapacityAreasView.class).grid;
        List<CapacityArea> listed = GridKt._findAll(grid);
        CapacityArea saved = listed.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
        int row = listed.indexOf(saved);
        assertThat(GridKt._getFormattedRow(grid, row)).contains(code, "Advocacy", "1. Plans · 2. Acts");
        assertThat(saved.courseIds()).containsExactly("budget-literacy");
        assertThat(saved.levels().get(0).rule()).isEqualTo(Rule.allOf(new Criterion.ApprovedAssignment(PLAN)));
        assertThat(saved.levels().get(1).rule()).isEqualTo(Rule.points(5, List.of(
                new Rule.Item(new Criterion.Milestone(MilestoneKind.ADVOCATED, GovernmentLevel.DISTRICT), true, 3),
                new Rule.Item(new Criterion.CourseCompletions("budget-literacy", 3, 1), false, 2))));

        // Editing opens the saved area with its levels.
        _click((Button) GridKt._getCellComponent(grid, row, "edit"));
        AreaEditor again = _find(AreaEditor.class).stream().filter(AreaEditor::isOpened).findFirst().orElseThrow();
        assertThat(again.levels).hasSize(2);
        assertThat(again.levels.get(1).items.get(1).minMembers.getValue()).isEqualTo(3);
    }

    @Test
    void a_coach_reports_a_milestone_and_another_coach_verifies_it() {
        long areaId = advocacyArea();
        login(coach);
        CboCapacitySection section = new CboCapacitySection(states, milestones, assessments, cbo);
        UI.getCurrent().add(section);
        assertThat(section.levels.getChildren().map(c -> ((Paragraph) c).getText()))
                .contains("Advocacy: no level yet");
        _click(section.report);
        MilestoneDialog dialog = _get(MilestoneDialog.class);
        dialog.kind.setValue(MilestoneKind.ADVOCATED);
        dialog.level.setValue(GovernmentLevel.COMMUNE);
        dialog.date.setValue(LocalDate.now(Cambodia.ZONE).minusDays(3));
        dialog.issue.setValue("A school bus for Village 3");
        dialog.authority.setValue("Commune council of Kampong Luong");
        // A file that says it is a PDF but is not is refused by its bytes.
        UploadKt._upload(dialog.upload, "minutes.pdf", "application/pdf", "not a pdf".getBytes());
        _click(dialog.send);
        assertThat(dialog.error.getText()).isEqualTo(
                "The content of minutes.pdf does not match its name: it is not the kind of file its extension says.");
        dialog.proof.clear();
        UploadKt._upload(dialog.upload, "meeting.png", "image/png", png());
        _click(dialog.send);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(section.milestoneList, Paragraph.class).stream().map(Paragraph::getText))
                .contains("Advocated to an authority, Commune level, " + formatted(LocalDate.now(Cambodia.ZONE).minusDays(3)),
                        "A school bus for Village 3 with Commune council of Kampong Luong", "Proof (open a file to check it):");
        assertThat(_find(section.milestoneList, com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getText).containsExactly("meeting.png");
        // The reporter cannot verify their own report.
        assertThat(_find(section.milestoneList, Button.class)).isEmpty();

        login(secondCoach);
        navigate("coach/milestones");
        var grid = _get(MilestoneQueueView.class).grid;
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Advocated to an authority, Commune level, "
                + formatted(LocalDate.now(Cambodia.ZONE).minusDays(3)), coach.displayName());
        assertThat(_find(GridKt._getCellComponent(grid, 0, "files"), com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getText).containsExactly("meeting.png");
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        assertThat(GridKt._size(grid)).isZero();

        List<Milestone> after = milestones.ofCbo(cbo);
        assertThat(after).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MilestoneStatus.VERIFIED);
            assertThat(m.verifiedByName()).isEqualTo(secondCoach.displayName());
        });
        assertThat(states.evidence(cbo, PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(e -> assertThat(e.evidence().kind()).isEqualTo(EvidenceKind.MILESTONE));
        assertThat(states.levels(cbo)).filteredOn(s -> s.areaId() == areaId).singleElement()
                .satisfies(s -> assertThat(s.rank()).isEqualTo(1));

        // Programme staff withdraw the entry: it stays in the log, marked, and the level goes.
        login(admin);
        CboCapacitySection staff = new CboCapacitySection(states, milestones, assessments, cbo);
        UI.getCurrent().add(staff);
        _click((Button) GridKt._getCellComponent(staff.evidence, 0, "withdraw"));
        _click(_get(Button.class, spec -> spec.withText("Withdraw")));
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).isOpened()).as("a reason is needed").isTrue();
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Why is it withdrawn?")), "The photo is from another commune's meeting");
        _click(_get(Button.class, spec -> spec.withText("Withdraw")));
        assertThat(GridKt._getFormattedRow(staff.evidence, 0)).anySatisfy(cell -> assertThat(cell).endsWith("Withdrawn"));
        assertThat(staff.levels.getChildren().map(c -> ((Paragraph) c).getText())).contains("Advocacy: no level yet");
    }

    @Test
    void an_admin_rejects_a_milestone_with_a_note_in_the_cbo_section() {
        advocacyArea();
        signInAs(coach);
        long id = milestones.report(new org.kasang.indicators.MilestoneReport(cbo, MilestoneKind.PUBLIC_FORUM,
                GovernmentLevel.DISTRICT, LocalDate.now(Cambodia.ZONE), "Budget forum", "District office",
                List.of(new org.kasang.indicators.ProofFile("forum.png", png()))));
        login(admin);
        CboCapacitySection section = new CboCapacitySection(states, milestones, assessments, cbo);
        UI.getCurrent().add(section);
        _click(_get(section.milestoneList, Button.class, spec -> spec.withText("Reject")));
        RejectDialog reject = _get(RejectDialog.class);
        reject.note.setValue("The photo is of another meeting");
        _click(reject.reject);
        assertThat(_find(section.milestoneList, Paragraph.class).stream().map(Paragraph::getText))
                .contains("Decided by Programme Officer · The photo is of another meeting");
        assertThat(milestones.ofCbo(cbo)).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(id));
    }

    @Test
    void self_assessment_entry_shows_the_change_since_baseline() {
        long areaId = advocacyArea();
        login(coach);
        CboCapacitySection section = new CboCapacitySection(states, milestones, assessments, cbo);
        UI.getCurrent().add(section);
        section.round.setValue(AssessmentRound.BASELINE);
        section.assessedOn.setValue(LocalDate.now(Cambodia.ZONE).minusDays(60));
        section.scoreFields.get(areaId).setValue(2);
        _click(section.saveScores);
        section.round.setValue(AssessmentRound.MIDLINE);
        section.assessedOn.setValue(LocalDate.now(Cambodia.ZONE));
        section.scoreFields.get(areaId).setValue(7);
        _click(section.saveScores);
        assertThat(section.assessmentError.getText()).isEqualTo("The score for Advocacy is a whole number from 1 to 5.");
        section.scoreFields.get(areaId).setValue(4);
        _click(section.saveScores);

        List<AreaScores> rows = GridKt._findAll(section.scores);
        int row = rows.indexOf(rows.stream().filter(r -> r.areaId() == areaId).findFirst().orElseThrow());
        assertThat(GridKt._getFormattedRow(section.scores, row)).containsExactly("Advocacy", "2", "4", "", "+2");
        // The weakest area is advocacy, built by budget literacy, which no member has completed.
        assertThat(section.recommended.getChildren().map(c -> c.getElement().getText())).contains("Budget literacy: the commune budget cycle");
    }

    private long advocacyArea() {
        signInAs(admin);
        long id = areas.save(new CapacityArea(null, code, "Advocacy", "ការតស៊ូមតិ", null, null, List.of("budget-literacy"),
                List.of(new AreaLevel(1, "Acts", "សកម្មភាព",
                        Rule.allOf(new Criterion.Milestone(null, GovernmentLevel.COMMUNE))))));
        logout();
        return id;
    }

    private String formatted(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).format(date);
    }

    static byte[] png() {
        try {
            var out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_coach_opens_the_capacity_page_from_the_cbo_page_and_another_coach_cannot() {
        login(coach);
        navigate("coach/cbo/" + cbo);
        assertThat(_get(Anchor.class, spec -> spec.withId("cbo-capacity")).getHref())
                .isEqualTo("coach/cbo/" + cbo + "/capacity");
        navigate("coach/cbo/" + cbo + "/capacity");
        _get(CboCapacityView.class);
        _get(CboCapacitySection.class);

        login(fixtures.coachOf(fixtures.cbo("Someone else's capacity CBO")));
        navigate("coach/cbo/" + cbo + "/capacity");
        _get(org.kasang.shell.AccessDeniedView.class);
    }
}
