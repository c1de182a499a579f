package org.accord.publishing.internal.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written element by element. Nothing is indented or reordered, so the same calls give the same
 * bytes.
 */
final class XmlOutput {

    // Characters XML 1.0 cannot carry at all, not even escaped; a text pasted from elsewhere may hold them.
    private static final Pattern NOT_XML = Pattern
            .compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;

    XmlOutput() {
        try {
            writer = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput start(String name) {
        return write(() -> writer.writeStartElement(name));
    }

    XmlOutput start(String prefix, String name, String namespace) {
        return write(() -> writer.writeStartElement(prefix, name, namespace));
    }

    XmlOutput empty(String name) {
        return write(() -> writer.writeEmptyElement(name));
    }

    XmlOutput defaultNamespace(String namespace) {
        return write(() -> writer.writeDefaultNamespace(namespace));
    }

    XmlOutput namespace(String prefix, String namespace) {
        return write(() -> writer.writeNamespace(prefix, namespace));
    }

    XmlOutput attribute(String name, String value) {
        return write(() -> writer.writeAttribute(name, xmlChars(value)));
    }

    XmlOutput attribute(String prefix, String namespace, String name, String value) {
        return write(() -> writer.writeAttribute(prefix, namespace, name, xmlChars(value)));
    }

    XmlOutput lang(String language) {
        return attribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
    }

    XmlOutput text(String text) {
        return write(() -> writer.writeCharacters(xmlChars(text)));
    }

    XmlOutput end() {
        return write(writer::writeEndElement);
    }

    /** An element holding only text. */
    XmlOutput element(String name, String text) {
        return start(name).text(text).end();
    }

    byte[] finish() {
        write(() -> {
            writer.writeEndDocument();
            writer.close();
        });
        return bytes.toByteArray();
    }

    private static String xmlChars(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private XmlOutput write(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the XML export", e);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }
}
