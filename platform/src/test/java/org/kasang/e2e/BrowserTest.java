package org.kasang.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kasang.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser journeys (*JourneyTest, run by `./mvnw -Pe2e verify`): the application on its test
 * server, one Spring context for every journey (the same properties for all), and one headless Chromium at a phone's size shared by all of
 * them. Each journey starts signed out on a blank page, with the HTTP cache of the journeys before it, as a
 * phone would have.
 */
@ExtendWith(SharedChromium.class)
// Vaadin's development tools float over the page's corner, where no learner ever sees them.
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
abstract class BrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    protected Browser browser;

    @BeforeEach
    void openBrowser(Chromium chromium) {
        browser = new Browser(chromium.driver(), baseUrl());
        browser.reset();
    }

    /** Where the browser goes: the test server. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
