package org.kasang.e2e;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One Chromium for every journey of the run: started when the first journey asks for it (as a parameter),
 * closed when the run ends. Takes a picture of the screen when a journey fails. Without Chromium the journeys
 * are skipped, except on CI (CI=true), where they fail.
 */
final class SharedChromium implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String message = "Browser journeys need " + Chromium.BINARY + " and " + Chromium.DRIVER
                + ": install them with `apt-get install chromium chromium-driver`";
        if ("true".equals(System.getenv("CI"))) {
            if (!Chromium.installed()) {
                fail(message);
            }
        } else {
            assumeTrue(Chromium.installed(), message);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Chromium.class, key -> Chromium.start(), Chromium.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Chromium chromium = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        boolean failed = context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent();
        if (failed && chromium != null) {
            Browser browser = new Browser(chromium.driver(), "");
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-failed";
            browser.screenshot(name);
            browser.savePage(name);
        }
    }
}
