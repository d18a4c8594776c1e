package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.kasang.common.Cambodia;
import org.kasang.common.InvalidInput;
import org.kasang.indicators.AreaScores;
import org.kasang.indicators.AssessmentRound;
import org.kasang.indicators.CapacityState;
import org.kasang.indicators.CapacityStates;
import org.kasang.indicators.EvidenceEntry;
import org.kasang.indicators.Milestone;
import org.kasang.indicators.Milestones;
import org.kasang.indicators.SelfAssessments;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CBO's capacity on its page: its level per area, its milestones (report, verify, reject), its self-assessments
 * with the change since baseline and the courses recommended, and its evidence log.
 */
public class CboCapacitySection extends VerticalLayout {

    final VerticalLayout levels = new VerticalLayout();
    final Button report = new Button();
    final VerticalLayout milestoneList = new VerticalLayout();
    final Grid<AreaScores> scores = new Grid<>();
    final Select<AssessmentRound> round = new Select<>();
    final DatePicker assessedOn = new DatePicker();
    final Map<Long, IntegerField> scoreFields = new LinkedHashMap<>();
    final Button saveScores = new Button();
    final Span assessmentError = new Span();
    final UnorderedList recommended = new UnorderedList();
    final Grid<EvidenceEntry> evidence = new Grid<>();
    private final CapacityStates states;
    private final Milestones milestones;
    private final SelfAssessments assessments;
    private final long cboId;
    private final DateTimeFormatter dates;

    public CboCapacitySection(CapacityStates states, Milestones milestones, SelfAssessments assessments, long cboId) {
        this.states = states;
        this.milestones = milestones;
        this.assessments = assessments;
        this.cboId = cboId;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassName("kasang-cbo-capacity");
        setPadding(false);
        levels.setPadding(false);
        levels.setSpacing(false);
        milestoneList.setPadding(false);
        report.setText(getTranslation("milestone.report"));
        report.addClickListener(e -> new MilestoneDialog(milestones, cboId, this::refresh).open());
        add(new H3(getTranslation("capacity.section")), levels,
                new HorizontalLayout(new H4(getTranslation("milestone.title")), report), milestoneList,
                new H4(getTranslation("assessment.title")), scores, assessmentForm(), assessmentError,
                new H4(getTranslation("assessment.recommended")), recommended,
                new H4(getTranslation("evidence.title")), evidenceGrid());
        scores.addThemeVariants(GridVariant.LUMO_COMPACT);
        scores.addColumn(s -> s.areaName().in(getLocale())).setHeader(getTranslation("assessment.area")).setKey("area");
        scores.addColumn(s -> number(s.baseline())).setHeader(getTranslation("assessment.round." + AssessmentRound.BASELINE.name())).setKey("baseline");
        scores.addColumn(s -> number(s.midline())).setHeader(getTranslation("assessment.round." + AssessmentRound.MIDLINE.name())).setKey("midline");
        scores.addColumn(s -> number(s.endline())).setHeader(getTranslation("assessment.round." + AssessmentRound.ENDLINE.name())).setKey("endline");
        scores.addColumn(s -> s.change() == null ? "" : (s.change() > 0 ? "+" : "") + s.change())
                .setHeader(getTranslation("assessment.change")).setKey("change");
        scores.setAllRowsVisible(true);
        refresh();
    }

    private HorizontalLayout assessmentForm() {
        round.setLabel(getTranslation("assessment.round"));
        round.setItems(AssessmentRound.values());
        round.setItemLabelGenerator(r -> getTranslation("assessment.round." + r.name()));
        assessedOn.setLabel(getTranslation("assessment.date"));
        assessedOn.setMax(LocalDate.now(Cambodia.ZONE));
        saveScores.setText(getTranslation("assessment.save"));
        saveScores.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveScores.addClickListener(e -> saveScores());
        assessmentError.addClassNames("kasang-error", "text-error");
        assessmentError.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(round, assessedOn);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (AreaScores area : assessments.scores(cboId)) {
            IntegerField field = new IntegerField(getTranslation("assessment.score") + " · " + area.areaName().in(getLocale()));
            field.setMin(1);
            field.setMax(5);
            scoreFields.put(area.areaId(), field);
            form.add(field);
        }
        form.add(saveScores);
        return form;
    }

    private Grid<EvidenceEntry> evidenceGrid() {
        evidence.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        evidence.addColumn(e -> dates.format(e.evidence().occurredOn())).setHeader(getTranslation("evidence.date"))
                .setKey("date").setAutoWidth(true);
        evidence.addColumn(e -> getTranslation("evidence.kind." + e.evidence().kind().name())
                        + (e.evidence().withdrawn() ? " · " + getTranslation("evidence.withdrawn") : ""))
                .setHeader(getTranslation("evidence.what")).setKey("what");
        evidence.addColumn(e -> e.recordedByName() == null ? "" : e.recordedByName())
                .setHeader(getTranslation("evidence.recorded-by")).setKey("recorded");
        evidence.addColumn(e -> e.verifiedByName() == null ? "" : e.verifiedByName())
                .setHeader(getTranslation("evidence.verified-by")).setKey("verified");
        if (states.mayWithdraw()) {
            evidence.addComponentColumn(e -> e.evidence().withdrawn() ? new Span() : withdrawButton(e))
                    .setKey("withdraw").setAutoWidth(true);
        }
        evidence.setItems(query -> states.evidence(cboId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        evidence.setHeight("16rem");
        return evidence;
    }

    private void saveScores() {
        Map<Long, Integer> entered = new LinkedHashMap<>();
        scoreFields.forEach((area, field) -> {
            if (field.getValue() != null) {
                entered.put(area, field.getValue());
            }
        });
        try {
            assessments.record(cboId, round.getValue(), assessedOn.getValue(), entered);
        } catch (InvalidInput e) {
            assessmentError.setText(getTranslation(e.key(), e.args()));
            assessmentError.setVisible(true);
            return;
        }
        assessmentError.setVisible(false);
        scoreFields.values().forEach(IntegerField::clear);
        Notification.show(getTranslation("assessment.saved"));
        refresh();
    }

    void refresh() {
        levels.removeAll();
        for (CapacityState state : states.levels(cboId)) {
            String name = state.areaName().in(getLocale());
            Paragraph line = new Paragraph(state.rank() == 0 ? getTranslation("capacity.state.none", name)
                    : getTranslation("capacity.state", name, state.rank(), state.ranks()));
            line.addClassName("kasang-capacity-state");
            if (state.levelName() != null) {
                String levelName = state.levelName().in(getLocale());
                line.add(new Span(" · " + (state.since() == null ? levelName
                        : getTranslation("capacity.state.name", levelName, dates.format(state.since())))));
            }
            levels.add(line);
        }
        milestoneList.removeAll();
        var all = milestones.ofCbo(cboId);
        if (all.isEmpty()) {
            milestoneList.add(new Paragraph(getTranslation("milestone.none")));
        }
        all.forEach(m -> milestoneList.add(card(m)));
        scores.setItems(assessments.scores(cboId));
        recommended.removeAll();
        var courses = assessments.recommendations(cboId);
        if (courses.isEmpty()) {
            recommended.add(new ListItem(getTranslation("assessment.recommended.none")));
        }
        courses.forEach(c -> recommended.add(new ListItem(c.title().in(getLocale()))));
        evidence.getDataProvider().refreshAll();
    }

    /** Programme staff withdraw a mistaken entry with a reason; the entry stays in the log, marked. */
    private Button withdrawButton(EvidenceEntry entry) {
        Button withdraw = new Button(getTranslation("evidence.withdraw"), click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("evidence.withdraw.title"));
            TextArea reason = new TextArea(getTranslation("evidence.withdraw.reason"));
            reason.setWidthFull();
            Span error = new Span();
            error.addClassName("kasang-session-error");
            Button confirm = new Button(getTranslation("evidence.withdraw"), e -> {
                try {
                    states.withdraw(entry.evidence().id(), reason.getValue());
                    dialog.close();
                    refresh();
                } catch (InvalidInput invalid) {
                    error.setText(getTranslation(invalid.key(), invalid.args()));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Paragraph(getTranslation("evidence.withdraw.text")), reason, error);
            dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
            dialog.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }

    private Div card(Milestone m) {
        Div card = new Div();
        card.addClassNames("kasang-card", "kasang-milestone");
        Span status = new Span(getTranslation("milestone.status." + m.status().name()));
        status.getElement().getThemeList().add(switch (m.status()) {
            case VERIFIED -> "badge success";
            case REJECTED -> "badge error";
            case REPORTED -> "badge";
        });
        card.add(new Paragraph(getTranslation("milestone.line", getTranslation("milestone.kind." + m.kind().name()),
                getTranslation("milestone.level." + m.level().name()), dates.format(m.occurredOn()))), status,
                new Paragraph(getTranslation("milestone.about", m.issue(), m.authority())),
                new Paragraph(getTranslation("milestone.files")), new ProofLinks(milestones, m),
                new Paragraph(getTranslation("milestone.reported-by", m.reportedByName())));
        if (m.verifiedByName() != null) {
            card.add(new Paragraph(getTranslation("milestone.decided-by", m.verifiedByName())
                    + (m.note() == null ? "" : " · " + m.note())));
        }
        if (milestones.mayDecide(m)) {
            card.add(MilestoneActions.of(milestones, m, this::refresh));
        }
        return card;
    }

    private static String number(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
