package org.kasang.perf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One browser tab as Vaadin Flow's client keeps it: the UI id, the CSRF token, the sync and client ids, and the
 * state tree the server sends as UIDL changes (tags, properties, attributes such as {@code id}, children, text).
 * It builds the messages the browser would send and reads the server's answers; one virtual user owns one.
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Features of a state node, as numbered by Flow's NodeFeatureRegistry in the messages. */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final String UIDL_PREFIX = "for(;;);";

    private final int uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    private int history;
    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Grid node → the item keys of the rows the server last sent. */
    private final Map<Integer, List<String>> gridKeys = new HashMap<>();
    /** Grid updates the browser confirms in its next round trip ({@code confirmUpdate}). */
    private final List<int[]> unconfirmed = new ArrayList<>();
    /** Nodes the last answer attached: a new page, or what changed on this one. */
    private final Set<Integer> attached = new java.util.HashSet<>();

    private static final class Node {
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Set<String> classes = new LinkedHashSet<>();
    }

    private VaadinUi(int uiId, String csrfToken) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
    }

    /** The answer to {@code ?v-r=init}: the UI's id, its CSRF token and the first changes. */
    static VaadinUi fromInit(String body) {
        JsonNode config = parse(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new IllegalStateException("init without a UI id or security key: " + abbreviate(body));
        }
        VaadinUi ui = new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asText());
        ui.apply(uidl);
        return ui;
    }

    int uiId() {
        return uiId;
    }

    String unloadMessage() {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.putArray("rpc");
        message.put("UNLOAD", true);
        return message.toString();
    }

    /** The message for one round trip; the client id counts the messages sent. */
    String message(List<ObjectNode> rpcs) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** Reads the server's answer to the message last built; fails on an error, a resync or a lost message. */
    void accept(String body) {
        if (!body.startsWith(UIDL_PREFIX)) {
            throw new IllegalStateException("not a UIDL answer: " + abbreviate(body));
        }
        JsonNode answers = parse(body.substring(UIDL_PREFIX.length()));
        if (!answers.isArray() || answers.isEmpty()) {
            throw new IllegalStateException("empty UIDL answer");
        }
        JsonNode answer = answers.get(0);
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || answer.has("resynchronize")) {
            throw new IllegalStateException("server reports " + abbreviate(answer.toString()));
        }
        int expected = clientId + 1;
        if (answer.path("clientId").asInt(-1) != expected) {
            throw new IllegalStateException("client id " + answer.path("clientId") + ", expected " + expected);
        }
        clientId = expected;
        syncId = answer.path("syncId").asInt(syncId);
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        attached.clear();
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> {
                    nodes.put(id, new Node());
                    attached.add(id);
                }
                case "detach" -> {
                    nodes.remove(id);
                    gridKeys.remove(id);
                }
                case "put" -> put(node(id), change);
                case "remove" -> {
                    Node node = node(id);
                    switch (change.path("feat").asInt()) {
                        case PROPERTIES -> node.properties.remove(change.path("key").asText());
                        case ATTRIBUTES -> node.attributes.remove(change.path("key").asText());
                        default -> { }
                    }
                }
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == CHILDREN) {
                        node(id).children.clear();
                    } else if (change.path("feat").asInt() == CLASS_LIST) {
                        node(id).classes.clear();
                    }
                }
                default -> { }
            }
        }
        for (JsonNode invocation : uidl.path("execute")) {
            execute(invocation);
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, key -> new Node());
    }

    private static void put(Node node, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case TEXT -> node.text = value.asText();
            default -> { }
        }
    }

    private static void splice(Node node, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        switch (change.path("feat").asInt()) {
            case CHILDREN -> {
                for (int i = 0; i < removed && index < node.children.size(); i++) {
                    node.children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                change.path("addNodes").forEach(n -> added.add(n.asInt()));
                node.children.addAll(Math.min(index, node.children.size()), added);
            }
            case CLASS_LIST -> {
                // Order does not matter for a class list; a removal names positions, so rebuild from the list.
                List<String> classes = new ArrayList<>(node.classes);
                for (int i = 0; i < removed && index < classes.size(); i++) {
                    classes.remove(index);
                }
                List<String> added = new ArrayList<>();
                change.path("add").forEach(n -> added.add(n.asText()));
                classes.addAll(Math.min(index, classes.size()), added);
                node.classes.clear();
                node.classes.addAll(classes);
            }
            default -> { }
        }
    }

    /** Remembers what the grid connector is told: the rows' item keys, and the updates to confirm. */
    private void execute(JsonNode invocation) {
        int size = invocation.size();
        if (size < 2) {
            return;
        }
        String script = invocation.get(size - 1).asText();
        Integer grid = nodeRef(invocation.get(0));
        if (grid == null) {
            return;
        }
        if (script.contains("$connector.set(") && size >= 4) {
            List<String> keys = new ArrayList<>();
            JsonNode items = invocation.get(2);
            JsonNode array = items.isArray() && items.size() == 2 && items.get(0).asInt() == 1 ? items.get(1) : items;
            array.forEach(item -> {
                if (item.has("key")) {
                    keys.add(item.get("key").asText());
                }
            });
            gridKeys.put(grid, keys);
        } else if (script.contains("$connector.confirm(") && size >= 3) {
            unconfirmed.add(new int[] {grid, invocation.get(1).asInt()});
        }
    }

    private static Integer nodeRef(JsonNode value) {
        return value.isArray() && value.size() == 2 && value.get(0).asInt() == 0 ? value.get(1).asInt() : null;
    }

    // ---- looking up what the page shows ----

    Optional<Integer> byId(String elementId) {
        return nodes.entrySet().stream()
                .filter(e -> elementId.equals(text(e.getValue().attributes.get("id"))))
                .map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    int require(String elementId) {
        return byId(elementId).orElseThrow(() -> new IllegalStateException("no element #" + elementId + " on the page"));
    }

    void requireTag(String tag) {
        if (nodes.values().stream().noneMatch(n -> tag.equals(n.tag))) {
            throw new IllegalStateException("no <" + tag + "> on the page");
        }
    }

    /** The element {@code elementId} as the last answer made it: proof that the server built the page asked for. */
    int requireNew(String elementId) {
        int node = require(elementId);
        if (!attached.contains(node)) {
            throw new IllegalStateException("#" + elementId + " is still the old one: the server did not move on");
        }
        return node;
    }

    boolean hasClass(String elementId, String className) {
        return byId(elementId).map(nodes::get).map(n -> n.classes.contains(className)).orElse(false);
    }

    List<String> gridKeys(String gridId) {
        return gridKeys.getOrDefault(require(gridId), List.of());
    }

    boolean hasUnconfirmedGridUpdates() {
        return !unconfirmed.isEmpty();
    }

    private String textOf(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return "";
        }
        if (node.text != null) {
            return node.text;
        }
        StringBuilder text = new StringBuilder();
        node.children.forEach(child -> text.append(textOf(child)));
        return text.toString();
    }

    private static String text(JsonNode value) {
        return value == null ? null : value.asText();
    }

    // ---- what the browser sends ----

    /** The client router's request for a route: when the page opens ({@code trigger} empty) or for a link. */
    List<ObjectNode> navigate(String route, String query, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", trigger.isEmpty() ? 0 : ++history);
        data.put("trigger", trigger);
        return List.of(event(1, "ui-navigate", data));
    }

    List<ObjectNode> click(String elementId) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 80);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 460);
        data.put("event.screenX", 80);
        return List.of(event(require(elementId), "click", data));
    }

    /**
     * A finger on the option labelled {@code label} of the radio button or checkbox group {@code elementId}: the
     * option's {@code checked}, then the group's value, which for checkboxes holds every option ticked so far
     * ({@code ticked}, this one included).
     */
    List<ObjectNode> tick(String elementId, String label, List<String> ticked) {
        int group = require(elementId);
        Node groupNode = nodes.get(group);
        boolean multiple = "vaadin-checkbox-group".equals(groupNode.tag);
        Map<String, Integer> options = new HashMap<>();
        for (int option : groupNode.children) {
            Node node = nodes.get(option);
            if (node != null) {
                String text = multiple ? text(node.properties.get("label")) : textOf(option);
                options.put(text == null ? "" : text.strip(), option);
            }
        }
        Integer option = options.get(label);
        if (option == null) {
            throw new IllegalStateException("#" + elementId + " offers no option '" + label + "' but " + options.keySet());
        }
        JsonNode value;
        if (multiple) {
            ArrayNode keys = JSON.createArrayNode();
            for (String each : ticked) {
                Integer node = options.get(each);
                if (node == null) {
                    throw new IllegalStateException("#" + elementId + " offers no option '" + each + "'");
                }
                keys.add(text(nodes.get(node).properties.get("value")));
            }
            value = keys;
        } else {
            value = nodes.get(option).properties.get("value");
        }
        return List.of(sync(option, "checked", JSON.getNodeFactory().booleanNode(true)),
                event(option, "checked-changed", JSON.createObjectNode()),
                sync(group, "value", value),
                event(group, "value-changed", JSON.createObjectNode()));
    }

    /** A tap on a grid row: the connector selects the row and fires {@code item-click} with its key. */
    List<ObjectNode> clickRow(String gridId, String itemKey) {
        int grid = require(gridId);
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.screenY", 0);
        data.put("event.detail.metaKey", false);
        data.put("event.detail.button", 0);
        data.put("event.detail.shiftKey", false);
        data.put("event.detail.screenX", 0);
        data.put("event.detail.itemKey", itemKey);
        data.put("event.detail.internalColumnId", "col0");
        data.put("event.detail.altKey", false);
        data.put("event.detail.clientX", 0);
        data.put("event.detail.detail", 0);
        data.put("event.detail.clientY", 0);
        data.put("event.detail.ctrlKey", false);
        return List.of(published(grid, "select", itemKey), published(grid, "setDetailsVisible", itemKey),
                event(grid, "item-click", data));
    }

    /** The grid connector's acknowledgements of the updates it received, sent by the browser right after. */
    List<ObjectNode> confirmGridUpdates() {
        List<ObjectNode> rpcs = new ArrayList<>();
        for (int[] update : unconfirmed) {
            ObjectNode rpc = JSON.createObjectNode();
            rpc.put("type", "publishedEventHandler");
            rpc.put("node", update[0]);
            rpc.put("templateEventMethodName", "confirmUpdate");
            rpc.putArray("templateEventMethodArgs").add(update[1]);
            rpc.put("promise", promise++);
            rpcs.add(rpc);
        }
        unconfirmed.clear();
        return rpcs;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private ObjectNode published(int node, String method, String argument) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.putArray("templateEventMethodArgs").add(argument);
        rpc.put("promise", promise++);
        return rpc;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON: " + abbreviate(json), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
