package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.document.StandardDocument;

/**
 * A version as one standalone HTML5 page: styles for screen and print embedded, no scripts and nothing loaded from
 * elsewhere, so the file reads the same offline and in an archive.
 */
@ApplicationScoped
public class HtmlDocument implements Renderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public byte[] render(StandardDocument document) {
        return DocumentTemplate.render(document, false).getBytes(StandardCharsets.UTF_8);
    }
}
