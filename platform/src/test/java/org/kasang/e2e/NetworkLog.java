package org.kasang.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a browser action costs on the network, read from Chromium's DevTools events as chromedriver hands them
 * back in its "performance" log: {@code Network.loadingFinished}'s {@code encodedDataLength} is what came over
 * the wire for a response (headers included, after compression); {@code Network.dataReceived} adds up the body
 * as the page sees it (decoded). {@code requestWillBeSent} and {@code responseReceived} name the request;
 * WebSocket frames count by their payload. What the browser sends is estimated from the request's headers
 * and body.
 */
final class NetworkLog {

    /** The network counts as idle after this long without an event, no open request and no Vaadin round trip. */
    private static final Duration QUIET = Duration.ofMillis(1000);
    /** A request with no news for this long, when nothing else happens either, will never finish. */
    private static final Duration ABANDONED = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final WebDriver driver;
    private final ObjectMapper json = new ObjectMapper();

    public NetworkLog(WebDriver driver) {
        this.driver = driver;
    }

    /** One request as the network saw it. */
    public record Request(String url, String type, int status, long wireBytes, long decodedBytes, long sentBytes,
                          boolean fromCache) {
    }

    /** The requests of one action. */
    public record Traffic(List<Request> requests) {

        public long wireBytes() {
            return requests.stream().mapToLong(Request::wireBytes).sum();
        }

        public long decodedBytes() {
            return requests.stream().mapToLong(Request::decodedBytes).sum();
        }

        public long sentBytes() {
            return requests.stream().mapToLong(Request::sentBytes).sum();
        }

        /** Bytes in both directions: received on the wire plus the estimate of what was sent. */
        public long totalBytes() {
            return wireBytes() + sentBytes();
        }

        /** Received bytes by resource type (Document, Script, XHR…), largest first. */
        public Map<String, Long> wireBytesByType() {
            Map<String, Long> byType = new LinkedHashMap<>();
            requests.stream().sorted(Comparator.comparingLong(Request::wireBytes).reversed())
                    .forEach(r -> byType.merge(r.type(), r.wireBytes(), Long::sum));
            return byType;
        }

        /** A Markdown table of the requests, largest first. */
        public String table() {
            StringBuilder out = new StringBuilder("| Request | Type | Status | On the wire | Decoded | Sent (est.) |\n"
                    + "|---|---|---|---:|---:|---:|\n");
            requests.stream().sorted(Comparator.comparingLong(Request::wireBytes).reversed()).forEach(r -> out.append(
                    String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d |%n", shorten(r.url()), r.type(),
                            r.status() == 0 ? "-" : r.status() + (r.fromCache() ? " (cache)" : ""), r.wireBytes(),
                            r.decodedBytes(), r.sentBytes())));
            out.append(String.format(Locale.ROOT, "| **%d requests** | | | **%,d** | **%,d** | **%,d** |%n",
                    requests.size(), wireBytes(), decodedBytes(), sentBytes()));
            return out.toString();
        }

        private static String shorten(String url) {
            String path = url.replaceFirst("^https?://[^/]+", "");
            return path.length() > 90 ? path.substring(0, 87) + "..." : path;
        }
    }

    /** Forgets every event so far. */
    public void clear() {
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Runs the action, then gathers the requests it caused until the page is idle. */
    public Traffic measure(Runnable action) {
        clear();
        action.run();
        return untilIdle();
    }

    /** Gathers the requests since the last clear until the network and Vaadin have been quiet for a moment. */
    public Traffic untilIdle() {
        Map<String, Open> open = new LinkedHashMap<>();
        Map<String, Long> sentHeaders = new java.util.HashMap<>();
        List<Request> done = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long lastEvent = System.nanoTime();
        while (true) {
            List<LogEntry> entries = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
            for (LogEntry entry : entries) {
                handle(entry.getMessage(), open, sentHeaders, done);
            }
            long now = System.nanoTime();
            if (!entries.isEmpty()) {
                lastEvent = now;
            }
            boolean waiting = open.values().stream().anyMatch(request -> !request.finished);
            // A request of a page that is gone (a beacon, a round trip cut by navigation) may never report its end.
            boolean abandoned = now - lastEvent >= ABANDONED.toNanos();
            if ((!waiting || abandoned) && now - lastEvent >= QUIET.toNanos() && vaadinIdle()) {
                open.values().forEach(request -> {
                    if (!request.finished) {
                        request.type += " (unfinished)";
                    }
                    done.add(request.toRequest());
                });
                return new Traffic(List.copyOf(done));
            }
            if (now > deadline) {
                throw new AssertionError("The network was never idle; still open: " + open.values().stream()
                        .filter(request -> !request.finished).map(request -> request.type + " " + request.url).toList());
            }
            sleep();
        }
    }

    private void handle(String message, Map<String, Open> open, Map<String, Long> sentHeaders, List<Request> done) {
        JsonNode event;
        try {
            event = json.readTree(message).path("message");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode params = event.path("params");
        String id = params.path("requestId").asText();
        String url = params.path("request").path("url").asText("");
        if (!url.isEmpty() && !url.matches("(?i)^(https?|wss?)://.*")) {
            return; // the browser's own pages (chrome://) and data: URLs cost nothing on the network
        }
        switch (event.path("method").asText()) {
            case "Network.requestWillBeSent" -> {
                Open previous = open.get(id);
                if (previous != null && params.has("redirectResponse")) {
                    // The same request id follows a redirect: the redirect's response is a request of its own.
                    JsonNode redirect = params.path("redirectResponse");
                    previous.status = redirect.path("status").asInt();
                    previous.wire = redirect.path("encodedDataLength").asLong();
                    previous.finished = true;
                    done.add(previous.toRequest());
                }
                JsonNode request = params.path("request");
                Open started = new Open(request.path("url").asText(), params.path("type").asText("Other"));
                started.sentWithoutHeaders = requestLineAndBody(request);
                started.headers = Math.max(headerBytes(request.path("headers")), sentHeaders.getOrDefault(id, 0L));
                open.put(id, started);
            }
            case "Network.requestWillBeSentExtraInfo" -> {
                // The headers as really sent, cookies included; this event may come before requestWillBeSent.
                long headers = headerBytes(params.path("headers"));
                sentHeaders.put(id, headers);
                Open request = open.get(id);
                if (request != null) {
                    request.headers = Math.max(request.headers, headers);
                }
            }
            case "Network.responseReceived" -> {
                Open request = open.get(id);
                if (request != null) {
                    JsonNode response = params.path("response");
                    request.status = response.path("status").asInt();
                    request.type = params.path("type").asText(request.type);
                    request.fromCache |= response.path("fromDiskCache").asBoolean()
                            || response.path("fromPrefetchCache").asBoolean();
                }
            }
            case "Network.requestServedFromCache" -> {
                Open request = open.get(id);
                if (request != null) {
                    request.fromCache = true;
                }
            }
            case "Network.dataReceived" -> {
                Open request = open.get(id);
                if (request != null) {
                    request.decoded += params.path("dataLength").asLong();
                }
            }
            case "Network.loadingFinished" -> {
                Open request = open.get(id);
                if (request != null) {
                    request.wire = params.path("encodedDataLength").asLong();
                    request.finished = true;
                }
            }
            case "Network.loadingFailed" -> {
                Open request = open.get(id);
                if (request != null) {
                    request.type = request.type + " (failed: " + params.path("errorText").asText() + ")";
                    request.finished = true;
                }
            }
            case "Network.webSocketFrameReceived", "Network.webSocketFrameSent" -> {
                long payload = params.path("response").path("payloadData").asText().length();
                boolean received = event.path("method").asText().endsWith("Received");
                done.add(new Request("websocket frame " + (received ? "received" : "sent"), "WebSocket", 0,
                        received ? payload : 0, received ? payload : 0, received ? 0 : payload, false));
            }
            default -> {
            }
        }
    }

    /** Request line and body: with the headers, an estimate of what was sent, since Chromium counts no sent bytes. */
    private static long requestLineAndBody(JsonNode request) {
        long body = 0;
        for (JsonNode entry : request.path("postDataEntries")) {
            body += java.util.Base64.getDecoder().decode(entry.path("bytes").asText()).length;
        }
        if (body == 0) {
            body = request.path("postData").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return request.path("method").asText().length() + request.path("url").asText().length() + 12 + body;
    }

    private static long headerBytes(JsonNode headers) {
        long bytes = 0;
        for (var fields = headers.fields(); fields.hasNext(); ) {
            var field = fields.next();
            bytes += field.getKey().length() + field.getValue().asText().length() + 4;
        }
        return bytes;
    }

    /** True when no Vaadin client on the page is waiting for the server. */
    private boolean vaadinIdle() {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                    const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                    return document.readyState === 'complete'
                        && (!clients || Object.values(clients).every(c => !c.isActive || !c.isActive()));
                    """));
        } catch (WebDriverException e) {
            return false; // the page is changing
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Open {
        String url;
        String type;
        int status;
        long wire;
        long decoded;
        long sentWithoutHeaders;
        long headers;
        boolean fromCache;
        boolean finished;

        Open(String url, String type) {
            this.url = url;
            this.type = type;
        }

        Request toRequest() {
            return new Request(url, type, status, wire, decoded, sentWithoutHeaders + headers, fromCache);
        }
    }
}
