package org.kasang.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.kasang.organisations.Cbo;
import org.kasang.organisations.CoachAssignments;
import org.kasang.organisations.OrganisationService;
import org.springframework.data.domain.PageRequest;

/** The CBO registry for programme staff: find, add and edit CBOs; open their members. */
@Route("admin/cbos")
@RolesAllowed("ADMIN")
public class CboRegistryView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Cbo> grid = new Grid<>();
    final TextField filter = new TextField();
    private final OrganisationService organisations;
    private final CoachAssignments coachAssignments;

    public CboRegistryView(OrganisationService organisations, CoachAssignments coachAssignments) {
        this.coachAssignments = coachAssignments;
        this.organisations = organisations;
        addClassName("kasang-page");
        setSizeFull();
        filter.setPlaceholder(getTranslation("cbo.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("cbo.add"), click -> openForm(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Cbo::getName).setHeader(getTranslation("cbo.name")).setFrozen(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(cbo -> cbo.getCommune().name(getLocale())).setHeader(getTranslation("cbo.commune")).setAutoWidth(true);
        grid.addColumn(cbo -> cbo.getCommune().getDistrict().name(getLocale())).setHeader(getTranslation("cbo.district")).setAutoWidth(true);
        grid.addColumn(cbo -> cbo.getCommune().getDistrict().getProvince().name(getLocale())).setHeader(getTranslation("cbo.province")).setAutoWidth(true);
        grid.addColumn(cbo -> getTranslation(cbo.isTarget() ? "common.yes" : "common.no")).setHeader(getTranslation("cbo.target"));
        grid.addColumn(cbo -> getTranslation("cbo.status." + cbo.getStatus().name())).setHeader(getTranslation("cbo.status"));
        grid.addComponentColumn(cbo -> {
            Button edit = new Button(getTranslation("common.edit"), click -> openForm(cbo.getId()));
            Button members = new Button(getTranslation("cbo.members"), click -> getUI().ifPresent(ui ->
                    ui.navigate(MembersView.class, new RouteParameters("cboId", String.valueOf(cbo.getId())))));
            Button coaches = new Button(getTranslation("cbo.coaches"), click ->
                    new CoachAssignmentsDialog(coachAssignments, cbo.getId(), cbo.getName()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            members.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            coaches.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(edit, members, coaches);
        }).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> organisations.cbos(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(new H2(getTranslation("cbo.title")), new HorizontalLayout(filter, add), grid);
    }

    private void openForm(Long cboId) {
        new CboDialog(organisations, cboId, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cbo.title");
    }
}
