package org.kasang.perf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Vaadin Flow's client-server protocol as Gatling steps, shaped after what Chromium sends to Kasang: a page (HTML),
 * the {@code ?v-r=init} request that creates a UI, then {@code ?v-r=uidl} round trips that carry the UI's CSRF
 * token, the sync id of the last answer and a counting client id. The virtual user's {@link VaadinUi} lives in
 * the Gatling session under {@code ui}; each round trip checks the answer and what the page must show next.
 */
final class Uidl {

    static final String JSON = "application/json; charset=UTF-8";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private Uidl() {
    }

    static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    /** A full page load of {@code path}, with the CSRF token Spring Security puts into the page for forms. */
    static ChainBuilder page(String path) {
        return exec(timed("page", http("page").get(path).header("Accept", HTML))
                .check(status().is(200))
                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")));
    }

    /** A page that answers with a redirect, which the browser then loads: the two requests are timed apart. */
    static ChainBuilder redirected(String name, HttpRequestActionBuilder request) {
        return exec(timed(name, request.disableFollowRedirect())
                .check(status().is(302))
                .check(header("Location").transform(Uidl::path).saveAs("location")))
                .exec(page("#{location}"));
    }

    /** The bootstrap's request for a new UI at {@code location}: the old UI, if any, is left behind. */
    static ChainBuilder init(String location, String query) {
        return exec(timed("init", http("init").get("/?v-r=init&location=" + location + "&query=" + query))
                .check(status().is(200))
                .check(bodyString().transform(VaadinUi::fromInit).saveAs("ui")));
    }

    /** The first round trip of a new UI: the client router asks the server for the route, which renders it. */
    static ChainBuilder navigate(String route, String query, Consumer<VaadinUi> expectation) {
        return roundTrip("uidl navigate", ui -> ui.navigate(route, query, ""), expectation);
    }

    /**
     * One round trip named {@code name}: the messages {@code rpcs} builds from the page as it stands, then the
     * answer is read and {@code expectation} must hold for the page it leaves (else the request counts as failed).
     */
    static ChainBuilder roundTrip(String name, Function<VaadinUi, List<ObjectNode>> rpcs, Consumer<VaadinUi> expectation) {
        return exec(timed(name, http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", JSON)
                .body(StringBody(session -> ui(session).message(rpcs.apply(ui(session))))))
                .check(status().is(200))
                .check(bodyString().validate("the UIDL answer and the page it leaves", (body, session) -> {
                    VaadinUi ui = ui(session);
                    ui.accept(body);
                    expectation.accept(ui);
                    return body;
                })));
    }

    /** The beacon a browser sends for the UI of a page it leaves, so that the server can drop that UI. */
    static ChainBuilder unload() {
        return exec(timed("uidl unload", http("uidl unload").post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> ui(session).unloadMessage())))
                .check(status().is(200)));
    }

    /**
     * Local sign-in as the browser does it: {@code /} sends to {@code /login}, whose UI shows Vaadin's LoginForm;
     * the form posts to {@code /login} with the page's CSRF token; Spring Security answers with a redirect to the
     * page first asked for ({@code /?continue}), which is a new page and so a new UI; the login page's UI is
     * unloaded.
     */
    static ChainBuilder signIn(String username, String password, Consumer<VaadinUi> home) {
        return redirected("page", http("page").get("/").header("Accept", HTML))
                .exec(init("login", ""))
                .exec(navigate("/login", "", ui -> ui.requireTag("vaadin-login-form")))
                .exec(redirected("sign in", http("sign in").post("/login")
                        .header("Accept", HTML)
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", username)
                        .formParam("password", password)
                        .check(header("Location").transform(url -> url.endsWith("/?continue")).is(true))))
                .exec(unload())
                .exec(init("", "continue"))
                .exec(navigate("/", "continue", home));
    }

    /** Every response's time is kept under the request's name, whatever the later checks say ({@link Timings}). */
    private static HttpRequestActionBuilder timed(String name, HttpRequestActionBuilder request) {
        return request.check(responseTimeInMillis().validate("time", (millis, session) -> {
            Timings.record(name, millis);
            return millis;
        }));
    }

    private static String path(String location) {
        return location.startsWith("http") ? java.net.URI.create(location).getRawPath()
                + (java.net.URI.create(location).getRawQuery() == null ? "" : "?" + java.net.URI.create(location).getRawQuery())
                : location;
    }

    /** Grid updates the last answer brought are confirmed in a round trip of their own, as the browser does. */
    static ChainBuilder confirmGridUpdates() {
        return doIf(session -> ui(session).hasUnconfirmedGridUpdates())
                .then(roundTrip("uidl grid confirm", VaadinUi::confirmGridUpdates, ui -> { }));
    }
}
