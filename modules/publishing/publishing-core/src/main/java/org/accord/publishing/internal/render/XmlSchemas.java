package org.accord.publishing.internal.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jakarta.enterprise.context.ApplicationScoped;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The published schemas of the XML exports, compiled once from the copies vendored under {@code schemas/}, and the
 * check every XML export passes before it is stored or served.
 * <p>
 * Each schema is compiled from the URL of its driver file, not from a stream, so that its relative imports resolve to
 * the files beside it, in a directory or in a jar alike. Only those local files are read: nothing is fetched from the
 * network, and the exports checked may not load external DTDs or schemas.
 */
@ApplicationScoped
public class XmlSchemas {

    private static final Map<ExportFormat, String> DRIVERS = Map.of(ExportFormat.STS,
            "schemas/niso-sts-1.0-interchange-mathml3/NISO-STS-interchange-1-mathml3.xsd", ExportFormat.AKOMA_NTOSO,
            "schemas/akoma-ntoso-3.0/akomantoso30.xsd");
    private static final String LOCAL_FILES = "file,jar";
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private static final String IDENTITY_CONSTRAINT_CHECKING = "http://apache.org/xml/features/validation/identity-constraint-checking";

    /** A compiled schema and the uniqueness constraints of its driver, which are checked beside it (ADR 0026). */
    private record Compiled(Schema schema, UniqueAttributes unique) {
    }

    private final Map<ExportFormat, Compiled> schemas = new EnumMap<>(ExportFormat.class);

    public XmlSchemas() {
        this(XmlSchemas.class.getClassLoader());
    }

    /** Reads the schemas through the given class loader, so that tests can load them from a jar. */
    XmlSchemas(ClassLoader resources) {
        DRIVERS.forEach((format, driver) -> schemas.put(format, compile(resources, driver)));
    }

    /**
     * Checks an export against its format's schema.
     *
     * @throws InvalidExport
     *             with every problem found, when the export is not well-formed or not valid
     */
    public void validate(ExportFormat format, byte[] xml) {
        Compiled compiled = schemas.get(format);
        if (compiled == null) {
            throw new IllegalArgumentException(format + " exports have no XML schema");
        }
        Validator validator = secured(compiled.schema().newValidator(), compiled.unique().isEmpty());
        Problems problems = new Problems();
        validator.setErrorHandler(problems);
        try {
            validator.validate(new SAXSource(securedReader(), new InputSource(new ByteArrayInputStream(xml))),
                    new SAXResult(compiled.unique().checker(problems.found::add)));
        } catch (SAXParseException e) {
            // Not well-formed: the parser stops at the first such problem.
            problems.fatal(e);
        } catch (SAXException | IOException e) {
            problems.found.add(new InvalidExport.Problem(0, 0, e.getMessage()));
        }
        if (!problems.found.isEmpty()) {
            throw new InvalidExport(format, problems.found);
        }
    }

    private static Compiled compile(ClassLoader resources, String driver) {
        URL url = resources.getResource(driver);
        if (url == null) {
            throw new IllegalStateException("The schema " + driver + " is missing from the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_FILES);
            return new Compiled(factory.newSchema(url), UniqueAttributes.of(url));
        } catch (SAXException e) {
            throw new IllegalStateException("The schema " + driver + " does not compile", e);
        }
    }

    /** Exports never have a document type declaration, so none is accepted, and no entity is ever resolved. */
    private static XMLReader securedReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be secured", e);
        }
    }

    /**
     * @param checkIdentityConstraints
     *            false where {@link UniqueAttributes} checks the schema's identity constraints instead
     */
    private static Validator secured(Validator validator, boolean checkIdentityConstraints) {
        try {
            validator.setFeature(IDENTITY_CONSTRAINT_CHECKING, checkIdentityConstraints);
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return validator;
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML validator cannot be secured", e);
        }
    }

    private static final class Problems implements ErrorHandler {

        private final List<InvalidExport.Problem> found = new ArrayList<>();
        private SAXParseException stoppedBy;

        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make an export invalid.
        }

        @Override
        public void error(SAXParseException exception) {
            found.add(problem(exception));
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            fatal(exception);
            throw exception;
        }

        /** Records the problem that stopped the parser once, whether it reached the handler or not. */
        void fatal(SAXParseException exception) {
            if (stoppedBy != exception) {
                stoppedBy = exception;
                found.add(problem(exception));
            }
        }

        private static InvalidExport.Problem problem(SAXParseException exception) {
            return new InvalidExport.Problem(exception.getLineNumber(), exception.getColumnNumber(),
                    exception.getMessage());
        }
    }
}
