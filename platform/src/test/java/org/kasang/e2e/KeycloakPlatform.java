package org.kasang.e2e;

import org.kasang.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform in the "keycloak" profile against the real Keycloak of {@link SharedKeycloak}, with its demo data
 * in a database of its own, so that each Keycloak demo user finds the platform profile of the same username. The
 * platform reaches Keycloak's Admin REST API (provisioning) through {@link #adminLine()}, which a test can cut.
 * Every test class extending this shares one Spring context.
 */
@ActiveProfiles("keycloak")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "kasang.demo-data=true", "vaadin.launch-browser=false", "vaadin.devmode.devTools.enabled=false",
        "kasang.keycloak.admin.timeout-seconds=5"})
abstract class KeycloakPlatform {

    /** Chosen before the platform starts, so Keycloak can be told to send browsers back to it. */
    static final int PORT = SharedKeycloak.freePort();
    private static CuttableProxy adminLine;

    @DynamicPropertySource
    static void keycloakAndDatabase(DynamicPropertyRegistry registry) {
        SharedKeycloak keycloak = SharedKeycloak.get();
        keycloak.allowPlatformAt(platformUrl());
        String database = TestPostgres.freshDatabase("kasang_keycloak_journeys");
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak::issuer);
        registry.add("spring.security.oauth2.client.registration.keycloak.client-id", () -> "platform");
        registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> "kasang-dev-secret");
        registry.add("kasang.keycloak.admin.server-url", () -> "http://localhost:" + adminLine().port());
        registry.add("kasang.keycloak.admin.client-secret", () -> "kasang-provisioning-demo-secret");
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    static String platformUrl() {
        return "http://localhost:" + PORT;
    }

    /** The line from the platform to Keycloak's Admin REST API. */
    static synchronized CuttableProxy adminLine() {
        if (adminLine == null) {
            adminLine = new CuttableProxy(SharedKeycloak.get().port());
        }
        return adminLine;
    }
}
