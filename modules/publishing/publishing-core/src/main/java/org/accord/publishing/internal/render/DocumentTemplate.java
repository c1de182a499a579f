package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.publishing.internal.document.StandardDocument;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.Variant;

/**
 * The Qute template a version is laid out with, for the web page and for print. It runs on a Qute engine of its own
 * rather than the application's: the same rendering then works inside Quarkus and in plain tests, and nothing else in
 * the application can change how an export looks.
 */
final class DocumentTemplate {

    private static final String FOLDER = "publishing/templates/";
    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);
    private static final Template DOCUMENT = engine().getTemplate("standard-document");

    private DocumentTemplate() {
    }

    /**
     * The version as one XHTML-compatible HTML5 document: elements are closed and only XML's own entities are used, so
     * the print layout can read it as XML.
     */
    static String render(StandardDocument document, boolean print) {
        return DOCUMENT.data("doc", DocumentView.of(document, print)).render();
    }

    private static Engine engine() {
        return Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                // Clauses and bookmarks nest to any depth, so each is a tag that calls itself for its children.
                .addSectionHelper(new UserTagSectionHelper.Factory("clause", "clause"))
                .addSectionHelper(new UserTagSectionHelper.Factory("bookmark", "bookmark"))
                .addLocator(DocumentTemplate::locate).build();
    }

    private static Optional<TemplateLocation> locate(String id) {
        try (InputStream in = DocumentTemplate.class.getClassLoader().getResourceAsStream(FOLDER + id + ".html")) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new Location(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Location(String text) implements TemplateLocation {

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public Optional<Variant> getVariant() {
            return Optional.of(HTML);
        }
    }
}
