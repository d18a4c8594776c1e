package org.kasang.indicators.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.indicators.Milestone;
import org.kasang.indicators.Milestones;

import java.io.ByteArrayInputStream;

/** A milestone's proof files as links, read (with the scope checked) only when the verifier opens one. */
class ProofLinks extends Div {

    ProofLinks(Milestones milestones, Milestone milestone) {
        addClassName("kasang-file-list");
        for (String name : milestone.files()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = milestones.file(milestone.id(), name).orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/octet-stream",
                        bytes.length);
            }), name);
            link.getElement().setAttribute("download", true);
            link.addClassName("kasang-file");
            add(link);
        }
    }
}
