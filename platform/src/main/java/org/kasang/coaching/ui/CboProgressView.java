package org.kasang.coaching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseSummary;
import org.kasang.coaching.CboProgressExport;
import org.kasang.coaching.CoachingService;
import org.kasang.coaching.CoachingSessions;
import org.kasang.coaching.MemberOverview;
import org.kasang.learning.CboKnowledgeGain;
import org.kasang.learning.Enrolments;
import org.kasang.learning.HelpDesk;
import org.kasang.learning.MemberCourseState;
import org.kasang.learning.ProgressQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.H3;
import org.kasang.organisations.Cbo;
import org.springframework.data.domain.PageRequest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One CBO's members and where each stands in each course. Outside the coach's scope it shows nothing. */
@Route("coach/cbo/:cboId")
@RolesAllowed({"COACH", "ADMIN"})
public class CboProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final CatalogueService catalogue;
    private final HelpDesk helpDesk;
    private final Enrolments enrolments;
    private final ProgressQueries progress;
    private final CoachingSessions sessions;
    private final CboProgressExport export;
    final Grid<MemberOverview> grid = new Grid<>();
    private String title = "";

    public CboProgressView(CoachingService coaching, CatalogueService catalogue, HelpDesk helpDesk,
                           Enrolments enrolments, ProgressQueries progress, CoachingSessions sessions,
                           CboProgressExport export) {
        this.export = export;
        this.coaching = coaching;
        this.catalogue = catalogue;
        this.helpDesk = helpDesk;
        this.enrolments = enrolments;
        this.progress = progress;
        this.sessions = sessions;
        addClassName("kasang-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cboId = event.getRouteParameters().getLong("cboId").orElseThrow(() -> new java.util.NoSuchElementException("cbo"));
        Cbo cbo = coaching.cbo(cboId);
        title = cbo.getName();
        removeAll();
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.member().fullName()).setHeader(getTranslation("coach.member")).setFrozen(true)
                .setWidth("9rem").setFlexGrow(0);
        for (CourseSummary course : catalogue.publishedCourses()) {
            grid.addColumn(row -> row.course(course.id()).map(this::describe).orElse(getTranslation("coach.not-enrolled")))
                    .setHeader(course.title().in(getLocale())).setAutoWidth(true);
        }
        grid.setItems(query -> coaching.members(cboId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                "coach/cbo/" + cboId + "/member/" + click.getItem().member().personId())));
        grid.setWidthFull();
        grid.setHeight("28rem");
        Button enrol = new Button(getTranslation("coach.enrol.button"), click -> new EnrolCboDialog(enrolments, catalogue,
                cboId, title, () -> grid.getDataProvider().refreshAll()).open());
        Button exportButton = new Button(getTranslation("export.button"),
                click -> new ExportProgressDialog(export, cboId, title).open());
        exportButton.setId("export-progress");
        // The capacity page belongs to the indicators feature; the coach reaches it by its address.
        Anchor capacity = new Anchor("coach/cbo/" + cboId + "/capacity", getTranslation("coach.capacity"));
        capacity.setId("cbo-capacity");
        // So is the member list (organisations): register members and their sign-ins, end memberships.
        Anchor memberList = new Anchor("coach/cbo/" + cboId + "/members", getTranslation("coach.members.manage"));
        memberList.setId("cbo-members");
        HorizontalLayout actions = new HorizontalLayout(enrol, exportButton, capacity, memberList);
        actions.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(new H2(title), new Paragraph(getTranslation("coach.cbo.place", cbo.getCommune().name(getLocale()),
                cbo.getCommune().getDistrict().name(getLocale()),
                cbo.getCommune().getDistrict().getProvince().name(getLocale()))), actions,
                new HelpRequestsSection(helpDesk, catalogue, cboId), new SessionsSection(sessions, catalogue, cboId));
        knowledgeGains(cboId);
        add(new H3(getTranslation("coach.members-progress")), grid);
    }

    /** For each course with a pre-test: what the members who took both tests gained on average. */
    private void knowledgeGains(long cboId) {
        var courses = catalogue.publishedCourses().stream()
                .collect(java.util.stream.Collectors.toMap(CourseSummary::id, c -> c));
        for (CboKnowledgeGain gain : progress.knowledgeGains(cboId)) {
            CourseSummary course = courses.get(gain.courseId());
            if (gain.tookPreTest() > 0 && course != null) {
                Paragraph line = new Paragraph(gain.averageGain() == null
                        ? getTranslation("coach.gain.pre-only", course.title().in(getLocale()), gain.tookPreTest())
                        : getTranslation("coach.gain", course.title().in(getLocale()), gain.tookBoth(),
                        Math.round(gain.averagePre()), Math.round(gain.averagePost()), Math.round(gain.averageGain())));
                line.addClassName("kasang-gain");
                add(line);
            }
        }
    }

    private String describe(MemberCourseState state) {
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(state.lastActivityAt().atZone(ZoneId.systemDefault()));
        String status = getTranslation("status.course." + state.status().name());
        if (state.completedMode() != null && state.completedMode() != org.kasang.learning.Mode.SELF) {
            status = status + " · " + getTranslation("mode." + state.completedMode().name());
        }
        return getTranslation("coach.member.state", status, state.itemsCompleted(), when);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
