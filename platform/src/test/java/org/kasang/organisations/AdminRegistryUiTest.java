package org.kasang.organisations;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.organisations.ui.CboRegistryView;
import org.kasang.organisations.ui.MembersView;
import org.kasang.security.AccountService;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Programme staff keep the CBO registry and its members in the UI. */
class AdminRegistryUiTest extends KaribuTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;

    String name;

    @BeforeEach
    void admin() {
        login(fixtures.staff("Admin UI", Role.ADMIN));
        name = "Takeo Youth Council " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void admin_lands_on_the_registry_and_adds_a_cbo_in_a_commune() {
        navigate("");
        _get(CboRegistryView.class);
        _click(_get(Button.class, spec -> spec.withText("Add a CBO")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue(name);
        choose("Province", "Takeo");
        choose("District / khan", "Tram Kak");
        choose("Commune / sangkat", null);
        _get(IntegerField.class, spec -> spec.withLabel("Founded (year)")).setValue(2019);
        _get(Checkbox.class, spec -> spec.withLabel("Target CBO")).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "").equals("CBO saved"));
        _get(TextField.class, spec -> spec.withPlaceholder("Find a CBO by name")).setValue(name);
        assertThat(rows(_get(Grid.class))).singleElement().satisfies(row -> assertThat(row)
                .contains(name, "Tram Kak", "Takeo", "Yes", "Active"));
    }

    @Test
    void a_cbo_without_a_name_is_refused_with_a_message_and_nothing_is_saved() {
        navigate("admin/cbos");
        _click(_get(Button.class, spec -> spec.withText("Add a CBO")));
        choose("Province", "Kratie");
        choose("District / khan", "Kracheh");
        choose("Commune / sangkat", null);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .equals("Give the CBO a name (at most 200 characters)."));
        assertThat(organisations.cbos("", PageRequest.of(0, 10_000)).getContent())
                .noneMatch(cbo -> cbo.getName().isBlank());
    }

    @Test
    void admin_edits_a_cbo() {
        long cbo = fixtures.cbo("Edit me");
        navigate("admin/cbos");
        _get(TextField.class, spec -> spec.withPlaceholder("Find a CBO by name")).setValue(organisations.cbo(cbo).getName());
        action(_get(Grid.class), "Edit");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(organisations.cbo(cbo).getName()).isEqualTo(name);
    }

    @Test
    void admin_adds_a_member_with_a_sign_in_then_ends_the_membership() {
        long cbo = fixtures.cbo("Members UI");
        String username = "sreypov" + UUID.randomUUID().toString().substring(0, 6);
        navigate("admin/cbos/" + cbo + "/members");
        _get(MembersView.class);
        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        _get(TextField.class, spec -> spec.withLabel("Full name")).setValue("Mao Sreypov");
        _get(IntegerField.class, spec -> spec.withLabel("Birth year")).setValue(1999);
        _get(TextField.class, spec -> spec.withLabel("Username for sign-in (optional)")).setValue(username);
        _get(PasswordField.class, spec -> spec.withLabel("First password (at least 8 characters)")).setValue("long-enough-1");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(rows(_get(Grid.class))).singleElement().satisfies(row -> assertThat(row).contains("Mao Sreypov", "1999"));
        assertThat(accounts.usernameTaken(username)).isTrue();

        action(_get(Grid.class), "End membership");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(members.members(cbo, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void a_member_whose_username_is_taken_is_not_added_at_all() {
        long cbo = fixtures.cbo("Members taken");
        var existing = fixtures.staff("Has the name", Role.TRAINER);
        navigate("admin/cbos/" + cbo + "/members");
        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        _get(TextField.class, spec -> spec.withLabel("Full name")).setValue("Duplicate Person");
        _get(TextField.class, spec -> spec.withLabel("Username for sign-in (optional)")).setValue(existing.username());
        _get(PasswordField.class, spec -> spec.withLabel("First password (at least 8 characters)")).setValue("long-enough-1");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .equals("This username is already taken. Choose another."));
        assertThat(members.members(cbo, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void choose(String label, String itemText) {
        ComboBox<Object> box = _get(ComboBox.class, spec -> spec.withLabel(label));
        var items = box.getListDataView().getItems().toList();
        box.setValue(items.stream()
                .filter(item -> itemText == null || box.getItemLabelGenerator().apply(item).equals(itemText))
                .findFirst().orElseThrow(() -> new AssertionError("no " + itemText + " in " + label)));
    }

    private static void action(Grid<?> grid, String button) {
        var cell = GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(cell, Button.class, spec -> spec.withText(button)));
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }
}
