package org.accord.publishing.internal.render;

import org.accord.publishing.internal.document.StandardDocument;

/** Renders the canonical document in one format. Renderers are pure: the same document gives the same bytes. */
public interface Renderer {

    ExportFormat format();

    byte[] render(StandardDocument document);
}
