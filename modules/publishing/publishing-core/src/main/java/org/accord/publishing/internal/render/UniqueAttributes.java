package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code xsd:unique} constraints of a schema's driver file, checked with one hash set per scope.
 * <p>
 * The JDK's validator checks such a constraint by comparing each new value with every value seen before in its scope,
 * so that an Akoma Ntoso export of 4,000 clauses, whose {@code doc} requires unique {@code eId} and {@code GUID}
 * attributes among all its descendants, took 25 times as long to validate as one without the constraints. The schemas
 * validate with the JDK's identity-constraint checking switched off and this class checks the same constraints in
 * linear time (ADR 0026). It understands only the form those schemas use, a selector of every descendant ({@code .//*})
 * and one attribute as the field, and refuses to load a schema with any other identity constraint, so that no
 * constraint is silently left unchecked.
 */
final class UniqueAttributes {

    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String EVERY_DESCENDANT = ".//*";

    /** One constraint: within each element named {@code scope}, no two descendants share a value of {@code field}. */
    private record Constraint(String name, String scope, String field) {
    }

    private final String namespace;
    private final Map<String, List<Constraint>> byScope;

    private UniqueAttributes(String namespace, Map<String, List<Constraint>> byScope) {
        this.namespace = namespace;
        this.byScope = byScope;
    }

    /** The constraints declared in the schema at {@code driver}. */
    static UniqueAttributes of(URL driver) {
        Element schema = parse(driver);
        for (String unsupported : List.of("key", "keyref")) {
            if (schema.getElementsByTagNameNS(XSD, unsupported).getLength() > 0) {
                throw new IllegalStateException("The schema " + driver + " has an xsd:" + unsupported
                        + " constraint, which the export check does not evaluate");
            }
        }
        Map<String, List<Constraint>> byScope = new HashMap<>();
        NodeList uniques = schema.getElementsByTagNameNS(XSD, "unique");
        for (int i = 0; i < uniques.getLength(); i++) {
            Constraint constraint = constraint(driver, (Element) uniques.item(i));
            byScope.computeIfAbsent(constraint.scope(), scope -> new ArrayList<>()).add(constraint);
        }
        return new UniqueAttributes(schema.getAttribute("targetNamespace"), Map.copyOf(byScope));
    }

    boolean isEmpty() {
        return byScope.isEmpty();
    }

    /**
     * A receiver of a document's validated elements that reports each value repeated within a constraint's scope, at
     * the element that repeats it.
     */
    DefaultHandler checker(Consumer<InvalidExport.Problem> problems) {
        return new Checker(problems);
    }

    private static Constraint constraint(URL driver, Element unique) {
        Element declaration = (Element) unique.getParentNode();
        Element selector = child(unique, "selector");
        Element field = child(unique, "field");
        String fieldPath = field == null ? "" : field.getAttribute("xpath");
        if (!XSD.equals(declaration.getNamespaceURI()) || !"element".equals(declaration.getLocalName())
                || declaration.getAttribute("name").isEmpty() || selector == null
                || !EVERY_DESCENDANT.equals(selector.getAttribute("xpath"))
                || !fieldPath.matches("@[A-Za-z_][\\w.-]*")) {
            throw new IllegalStateException("The constraint " + unique.getAttribute("name") + " of " + driver
                    + " is not one the export check evaluates: a named element, every descendant, one attribute");
        }
        return new Constraint(unique.getAttribute("name"), declaration.getAttribute("name"), fieldPath.substring(1));
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(XSD, name);
        return children.getLength() == 1 ? (Element) children.item(0) : null;
    }

    private static Element parse(URL driver) {
        try (InputStream in = driver.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(in, driver.toString()).getDocumentElement();
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The schema " + driver + " cannot be read", e);
        }
    }

    /** The values seen so far for one constraint within one element that scopes it. */
    private record Scope(Constraint constraint, Set<String> seen) {
    }

    private final class Checker extends DefaultHandler {

        private final Consumer<InvalidExport.Problem> problems;
        private final Deque<List<Scope>> opened = new ArrayDeque<>();
        private final List<Scope> open = new ArrayList<>();
        private Locator locator;

        Checker(Consumer<InvalidExport.Problem> problems) {
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            for (Scope scope : open) {
                String value = attributes.getValue("", scope.constraint().field());
                if (value != null && !scope.seen().add(value)) {
                    repeated(value, scope.constraint());
                }
            }
            List<Scope> scopes = new ArrayList<>();
            if (namespace.equals(uri)) {
                for (Constraint constraint : byScope.getOrDefault(localName, List.of())) {
                    scopes.add(new Scope(constraint, new HashSet<>()));
                }
            }
            open.addAll(scopes);
            opened.push(scopes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.subList(open.size() - opened.pop().size(), open.size()).clear();
        }

        private void repeated(String value, Constraint constraint) {
            int line = locator == null ? 0 : locator.getLineNumber();
            int column = locator == null ? 0 : locator.getColumnNumber();
            problems.accept(new InvalidExport.Problem(line, column, "Duplicate unique value [" + value
                    + "] declared for identity constraint \"" + constraint.name() + "\" of element \""
                    + constraint.scope() + "\"."));
        }
    }
}
