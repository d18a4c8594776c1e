package org.kasang.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.CourseSummary;
import org.kasang.catalogue.ItemType;
import org.kasang.coaching.CoachingService;
import org.kasang.coaching.CoachingSessions;
import org.kasang.coaching.NewSession;
import org.kasang.coaching.SessionKind;
import org.kasang.common.InvalidInput;
import org.kasang.organisations.Member;
import org.kasang.organisations.MemberService;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The coach logs a session with a CBO: who was there, what was discussed, what follows, and for a group session the lessons covered. */
@Route("coach/cbo/:cboId/session")
@RolesAllowed({"COACH", "ADMIN"})
public class LogSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final CoachingSessions sessions;
    private final MemberService members;
    private final CatalogueService catalogue;
    private final Select<SessionKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Grid<Member> present = new Grid<>();
    private final TextArea topics = new TextArea();
    private final TextArea notes = new TextArea();
    private final Select<CourseSummary> course = new Select<>();
    private final CheckboxGroup<CourseOutline.Item> lessons = new CheckboxGroup<>();
    private final VerticalLayout actions = new VerticalLayout();
    private final List<ActionRow> actionRows = new ArrayList<>();
    private final Paragraph error = new Paragraph();
    private long cboId;
    private String title = "";

    public LogSessionView(CoachingService coaching, CoachingSessions sessions, MemberService members,
                          CatalogueService catalogue) {
        this.coaching = coaching;
        this.sessions = sessions;
        this.members = members;
        this.catalogue = catalogue;
        addClassName("kasang-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new java.util.NoSuchElementException("cbo"));
        String cboName = coaching.cbo(cboId).getName();
        title = getTranslation("session.title", cboName);
        removeAll();

        kind.setLabel(getTranslation("session.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("session.kind." + k.name()));
        kind.setValue(SessionKind.FIELD_VISIT);
        kind.addValueChangeListener(e -> showCourse());
        date.setLabel(getTranslation("session.date"));
        date.setMax(LocalDate.now());
        date.setValue(LocalDate.now());
        date.setLocale(getLocale());

        present.setId("session-present");
        present.setSelectionMode(Grid.SelectionMode.MULTI);
        present.addColumn(Member::fullName).setHeader(getTranslation("session.present"));
        present.setItems(query -> members.members(cboId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        present.setHeight("16rem");
        present.setWidthFull();

        topics.setLabel(getTranslation("session.topics"));
        topics.setWidthFull();
        notes.setLabel(getTranslation("session.notes"));
        notes.setWidthFull();

        course.setLabel(getTranslation("session.course"));
        course.setItems(catalogue.publishedCourses());
        course.setItemLabelGenerator(c -> c.title().in(getLocale()));
        course.addValueChangeListener(e -> lessons.setItems(e.getValue() == null ? List.of()
                : catalogue.outline(e.getValue().id()).items().stream().filter(i -> i.type() == ItemType.LESSON).toList()));
        lessons.setLabel(getTranslation("session.lessons"));
        lessons.setHelperText(getTranslation("session.lessons.help"));
        lessons.setItemLabelGenerator(i -> i.title().in(getLocale()));
        showCourse();

        actions.setPadding(false);
        actionRows.clear();
        Button addAction = new Button(getTranslation("session.action.add"), click -> addAction());
        addAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        error.addClassName("kasang-session-error");
        error.setVisible(false);
        Button save = new Button(getTranslation("session.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("session.back"), click -> backToCbo());

        FlexLayout when = new FlexLayout(kind, date);
        when.addClassName("kasang-session-row");
        add(new H2(title), when, present, topics, notes, course, lessons,
                new H3(getTranslation("session.actions")), actions, addAction, error, new FlexLayout(save, back));
    }

    private void showCourse() {
        boolean facilitated = kind.getValue() == SessionKind.FACILITATED;
        course.setVisible(facilitated);
        lessons.setVisible(facilitated);
    }

    private void addAction() {
        ActionRow row = new ActionRow();
        actionRows.add(row);
        actions.add(row);
    }

    private void save() {
        boolean facilitated = kind.getValue() == SessionKind.FACILITATED;
        List<CourseOutline.Item> covered = facilitated ? List.copyOf(lessons.getSelectedItems()) : List.of();
        try {
            sessions.log(new NewSession(cboId, kind.getValue(), date.getValue(), Arrays.asList(topics.getValue().split("\n")),
                    notes.getValue().isBlank() ? null : notes.getValue().strip(),
                    present.getSelectedItems().stream().map(Member::personId).collect(Collectors.toSet()),
                    actionRows.stream().map(ActionRow::action).toList(),
                    facilitated && course.getValue() != null ? course.getValue().id() : null,
                    covered.stream().map(CourseOutline.Item::id).toList()));
        } catch (InvalidInput e) {
            error.setText(getTranslation(e.key(), e.args()));
            error.setVisible(true);
            return;
        }
        Notification.show(getTranslation("session.saved"));
        backToCbo();
    }

    private void backToCbo() {
        getUI().ifPresent(ui -> ui.navigate(CboProgressView.class, new RouteParameters("cboId", String.valueOf(cboId))));
    }

    /** One follow-up action: what, who, due, and a way to remove it again. */
    private final class ActionRow extends FlexLayout {

        private final TextField what = new TextField(getTranslation("session.action.what"));
        private final TextField who = new TextField(getTranslation("session.action.who"));
        private final DatePicker due = new DatePicker(getTranslation("session.action.due"));

        ActionRow() {
            addClassName("kasang-session-row");
            what.setMaxLength(500);
            who.setMaxLength(120);
            due.setLocale(LogSessionView.this.getLocale());
            Button remove = new Button(getTranslation("session.action.remove"), click -> {
                actionRows.remove(this);
                actions.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(what, who, due, remove);
        }

        NewSession.NewAction action() {
            return new NewSession.NewAction(what.getValue(), who.getValue(), due.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
