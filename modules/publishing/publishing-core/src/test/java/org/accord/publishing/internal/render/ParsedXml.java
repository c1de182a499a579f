package org.accord.publishing.internal.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An export parsed back, read with XPath; the prefixes akn, tbx and xlink name the formats' namespaces. */
final class ParsedXml {

    private static final Map<String, String> NAMESPACES = Map.of("akn", AkomaNtosoXml.AKN, "tbx", StsXml.TBX,
            "xlink", StsXml.XLINK);

    private final Document document;
    private final XPath xpath;

    ParsedXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Prefixes());
    }

    String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The string value with every run of white space as one space, as a reader sees the words. */
    String words(String expression) {
        return text("normalize-space(" + expression + ")");
    }

    int count(String expression) {
        return (int) Double.parseDouble(text("count(" + expression + ")"));
    }

    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The runs of words a clause's Markdown holds, each of which an export must show, white space normalised. */
    static List<String> wordsOf(String markdown) {
        List<String> runs = new ArrayList<>();
        collect(Parser.builder().build().parse(markdown), runs);
        return runs.stream().map(run -> run.strip().replaceAll("\\s+", " ")).filter(run -> !run.isEmpty()).toList();
    }

    private static void collect(Node node, List<String> runs) {
        switch (node) {
            case Text text -> runs.add(text.getLiteral());
            case Code code -> runs.add(code.getLiteral());
            case HtmlInline html -> runs.add(html.getLiteral());
            case FencedCodeBlock code -> runs.add(code.getLiteral());
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    collect(child, runs);
                }
            }
        }
    }

    private static final class Prefixes implements NamespaceContext {

        @Override
        public String getNamespaceURI(String prefix) {
            return XMLConstants.XML_NS_PREFIX.equals(prefix)
                    ? XMLConstants.XML_NS_URI
                    : NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            return List.<String> of().iterator();
        }
    }
}
