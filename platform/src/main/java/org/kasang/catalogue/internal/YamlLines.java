package org.kasang.catalogue.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Where each "id: x" stands in a YAML file, so a trainer reads "quiz.yaml line 14", not a path. */
final class YamlLines {

    private final Map<String, Integer> lineOfId = new HashMap<>();

    YamlLines(byte[] content) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(new String(content, StandardCharsets.UTF_8)));
            if (root != null) {
                walk(root);
            }
        } catch (RuntimeException e) {
            // A file that does not parse gets its line from the parser's own message instead.
        }
    }

    /** " line N" for the first "id: x" in the file, or "" when there is none. */
    String of(String id) {
        Integer line = id == null ? null : lineOfId.get(id);
        return line == null ? "" : " line " + line;
    }

    private void walk(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && "id".equals(key.getValue())
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    lineOfId.putIfAbsent(value.getValue(), key.getStartMark().getLine() + 1);
                }
                walk(tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::walk);
        }
    }
}
