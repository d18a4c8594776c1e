package org.kasang;

import org.kasang.security.SignedInUser;
import org.kasang.security.internal.LocalPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the application: one Spring context on a real server port, backed by the
 * shared embedded PostgreSQL. Tests create their own data through the services ({@link Fixtures}).
 */
@Import({Fixtures.class, QuizKey.class, RecordedEvents.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kasang.demo-data=false", "vaadin.launch-browser=false", "kasang.indicators.refresh-cron=-"})
public abstract class IntegrationTest {

    @Autowired
    protected Fixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var postgres = TestPostgres.get();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** Acts as this user for service calls on the test thread. */
    protected static Authentication signInAs(SignedInUser user) {
        var principal = new LocalPrincipal(user, "", true, false);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
