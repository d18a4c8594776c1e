package org.kasang.organisations;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.organisations.ui.MembersView;
import org.kasang.security.AccountService;
import org.kasang.security.SignedInUser;
import org.kasang.security.SystemUser;
import org.kasang.security.internal.LocalAccountDetailsService;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coach registers members of the CBOs they coach, with a sign-in, and ends memberships; leaving the last CBO
 * ends the sign-in. Local accounts here (staff type the first password); the Keycloak side, with its one-time
 * password, is proven against a real Keycloak in {@code e2e/KeycloakProvisioningTest}.
 */
class MemberSignInUiTest extends KaribuTest {

    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    LocalAccountDetailsService localSignIn;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coach_reaches_the_member_list_from_the_cbo_page_and_registers_a_member_with_a_sign_in() {
        long cbo = fixtures.cbo("Sign-ins");
        login(fixtures.coachOf(cbo));
        navigate("coach/cbo/" + cbo);
        assertThat(_get(Anchor.class, spec -> spec.withId("cbo-members")).getHref()).isEqualTo("coach/cbo/" + cbo + "/members");

        navigate("coach/cbo/" + cbo + "/members");
        _get(MembersView.class);
        assertThat(_get(Anchor.class, spec -> spec.withText("Back to the CBO")).getHref()).isEqualTo("coach/cbo/" + cbo);
        String username = "srey.mom." + suffix();
        register("Chea Srey Mom", username, "first-password-1");

        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "").equals("Member saved"));
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row).contains("Chea Srey Mom", username));
        assertThat(localSignIn.loadUserByUsername(username).isEnabled()).isTrue();
    }

    @Test
    void a_username_a_phone_keyboard_would_garble_is_refused_and_the_member_is_not_added() {
        long cbo = fixtures.cbo("Bad usernames");
        login(fixtures.coachOf(cbo));
        navigate("coach/cbo/" + cbo + "/members");
        register("Nov Sreyneang", "srey neang!", "first-password-1");

        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "").startsWith(
                "A username has 3 to 40 characters"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void ending_the_last_membership_ends_the_sign_in_but_another_cbo_keeps_it() {
        long first = fixtures.cbo("Leaving");
        long second = fixtures.cbo("Staying");
        SignedInUser coach = fixtures.coachOf(first, second);
        SignedInUser member = fixtures.learner(first, "Sun Dalin");
        // Dalin belongs to the second CBO too.
        jdbc.sql("insert into membership (person_id, cbo_id, start_date) values (?, ?, ?)")
                .params(member.personId(), second, LocalDate.now().minusDays(5)).update();
        login(coach);

        navigate("coach/cbo/" + first + "/members");
        endMembershipOf("Sun Dalin");
        assertThat(localSignIn.loadUserByUsername(member.username()).isEnabled())
                .as("still a member of the second CBO").isTrue();

        navigate("coach/cbo/" + second + "/members");
        endMembershipOf("Sun Dalin");
        assertThat(localSignIn.loadUserByUsername(member.username()).isEnabled()).isFalse();
    }

    @Test
    void a_coach_cannot_open_or_change_the_members_of_a_cbo_they_do_not_coach() {
        long mine = fixtures.cbo("Mine");
        long theirs = fixtures.cbo("Theirs");
        SignedInUser stranger = fixtures.learner(theirs, "Not Yours");
        login(fixtures.coachOf(mine));

        navigate("coach/cbo/" + theirs + "/members");
        _get(AccessDeniedView.class);
        _get(H2.class, spec -> spec.withText("Not available to you"));
        _assertNone(Grid.class);
        assertThatThrownBy(() -> members.endMembership(stranger.personId(), theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.disableLearnerSignIn(stranger.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.registerMember(theirs, named("Sneaked In"), null,
                "sneaked." + suffix(), "first-password-1")).isInstanceOf(AccessDeniedException.class);
        assertThat(localSignIn.loadUserByUsername(stranger.username()).isEnabled()).isTrue();
        SystemUser.run(() -> assertThat(members.members(theirs, PageRequest.of(0, 10)).getContent())
                .extracting(Member::fullName).containsExactly("Not Yours"));
    }

    @Test
    void a_learner_cannot_open_a_member_list() {
        long cbo = fixtures.cbo("Learner peeks");
        login(fixtures.learner(cbo, "Curious Learner"));
        navigate("coach/cbo/" + cbo + "/members");
        _get(H2.class, spec -> spec.withText("Not available to you"));
        _assertNone(MembersView.class);
    }

    private static MemberProfile named(String name) {
        var blank = MemberProfile.blank();
        return new MemberProfile(name, blank.sex(), blank.birthYear(), blank.phone(), blank.disability(),
                blank.disabilityConsent());
    }

    private void register(String name, String username, String password) {
        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        _get(TextField.class, spec -> spec.withLabel("Full name")).setValue(name);
        _get(TextField.class, spec -> spec.withLabel("Username for sign-in (optional)")).setValue(username);
        _get(PasswordField.class, spec -> spec.withLabel("First password (at least 8 characters)")).setValue(password);
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    @SuppressWarnings("unchecked")
    private void endMembershipOf(String name) {
        Grid<Member> grid = _get(Grid.class);
        int row = IntStream.range(0, _size(grid)).filter(i -> _getFormattedRow(grid, i).get(0).equals(name))
                .findFirst().orElseThrow();
        var actions = _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("End membership")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<Object> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
