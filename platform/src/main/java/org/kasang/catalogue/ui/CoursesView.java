package org.kasang.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.kasang.catalogue.CourseDraftService;
import org.kasang.catalogue.CourseImportService;
import org.kasang.catalogue.internal.InvalidPackage;

import java.io.ByteArrayInputStream;
import org.kasang.catalogue.CourseStatus;
import org.kasang.catalogue.CourseSummary;


/** The trainer's home: every course, in the catalogue or not, with its status and what can be done to it. */
@Route("trainer/courses")
@RolesAllowed({"TRAINER", "ADMIN"})
public class CoursesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CourseDraftService.Listing> grid = new Grid<>();
    private final CourseDraftService drafts;
    private final CourseImportService imports;
    final Upload packageUpload;

    public CoursesView(CourseDraftService drafts, CourseImportService imports) {
        this.drafts = drafts;
        this.imports = imports;
        addClassName("kasang-page");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.course().title().in(getLocale())).setHeader(getTranslation("courses.title-column")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("course.status." + row.status().name()))
                .setHeader(getTranslation("courses.status"));
        grid.addColumn(row -> row.course().version()).setHeader(getTranslation("courses.version"));
        grid.addColumn(row -> getTranslation("topic." + row.course().topic())).setHeader(getTranslation("courses.topic")).setAutoWidth(true);
        grid.addColumn(row -> row.course().languages()).setHeader(getTranslation("courses.languages"));
        grid.addColumn(row -> getTranslation("learn.minutes", row.course().estimatedMinutes())).setHeader(getTranslation("courses.time"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("courses.actions")).setAutoWidth(true);
        grid.setSizeFull();
        refresh();

        Button create = new Button(getTranslation("courses.new"), click -> new NewCourseDialog(drafts, this::edit).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        packageUpload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> importPackage(metadata.fileName(), bytes)))));
        packageUpload.setAcceptedFileTypes(".zip", "application/zip");
        packageUpload.setUploadButton(new Button(getTranslation("courses.import")));
        packageUpload.setDropAllowed(false);
        add(new H2(getTranslation("courses.heading")), new Paragraph(getTranslation("courses.intro")),
                new HorizontalLayout(create, packageUpload), grid);
    }

    private HorizontalLayout actions(CourseDraftService.Listing row) {
        CourseSummary course = row.course();
        Button edit = new Button(getTranslation("courses.edit"), click -> edit(course.id()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = drafts.exportZip(course.id());
            return new DownloadResponse(new ByteArrayInputStream(zip), course.id() + ".zip", "application/zip", zip.length);
        }), getTranslation("courses.export"));
        export.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(edit, export);
        actions.setAlignItems(Alignment.CENTER);
        if (row.status() == CourseStatus.PUBLISHED) {
            Button archive = new Button(getTranslation("courses.archive"), click -> {
                drafts.archive(course.id());
                refresh();
            });
            archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        return actions;
    }

    /** A package uploaded as a .zip: imported in one transaction, or refused with the validator's words. */
    void importPackage(String fileName, byte[] zip) {
        try {
            var result = imports.importZip(fileName, zip);
            Notification.show(getTranslation("courses.import.done", fileName, getTranslation("courses.outcome." + result.outcome())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidPackage e) {
            Notification problems = new Notification();
            problems.addThemeVariants(NotificationVariant.LUMO_ERROR);
            problems.setDuration(0);
            problems.add(new Paragraph(getTranslation("courses.import.failed", fileName)));
            e.problems().stream().limit(10).forEach(problem -> problems.add(new Paragraph(problem)));
            problems.add(new Button(getTranslation("common.close"), click -> problems.close()));
            problems.open();
        }
    }

    private void refresh() {
        // Few courses exist (a handful per year), so both lists are read whole.
        grid.setItems(drafts.listing());
    }

    private void edit(String courseId) {
        getUI().ifPresent(ui -> ui.navigate(CourseEditorView.route(courseId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.heading");
    }
}
