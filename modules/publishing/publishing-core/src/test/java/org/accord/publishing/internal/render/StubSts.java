package org.accord.publishing.internal.render;

import java.nio.charset.StandardCharsets;

import org.accord.publishing.internal.document.StandardDocument;

/** Stands in for the NISO STS renderer: a small well-formed document naming the version. */
final class StubSts implements Renderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.STS;
    }

    @Override
    public byte[] render(StandardDocument document) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<standard><front><std-meta><std-ref>"
                + document.designation() + "</std-ref></std-meta></front><body/></standard>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
