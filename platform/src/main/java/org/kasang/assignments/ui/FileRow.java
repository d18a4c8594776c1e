package org.kasang.assignments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.kasang.assignments.FileContent;
import org.kasang.assignments.SubmissionFile;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

/** One file of a submission: its name to download (read only when tapped) and its size. */
final class FileRow {

    private FileRow() {
    }

    static Div of(Component in, SubmissionFile file, Supplier<Optional<FileContent>> content) {
        Div row = new Div();
        row.addClassName("kasang-file");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> content.get()
                .map(c -> new DownloadResponse(new ByteArrayInputStream(c.bytes()), c.name(), c.mediaType(),
                        c.bytes().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), file.name());
        download.getElement().setAttribute("download", true);
        Span size = new Span(in.getTranslation("submission.files.size", Math.max(1, (file.sizeBytes() + 1023) / 1024)));
        size.addClassName("kasang-muted");
        row.add(download, size);
        return row;
    }
}
