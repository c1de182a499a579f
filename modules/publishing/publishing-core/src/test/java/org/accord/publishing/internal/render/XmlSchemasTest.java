package org.accord.publishing.internal.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.accord.publishing.internal.document.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class XmlSchemasTest {

    private static final XmlSchemas SCHEMAS = new XmlSchemas();

    @Test
    void a_document_against_the_schema_is_refused_with_where_and_why() {
        byte[] noFront = """
                <?xml version="1.0" encoding="UTF-8"?>
                <standard dtd-version="1.0">
                  <body><sec id="c-1"><p>text</p></sec></body>
                </standard>""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SCHEMAS.validate(ExportFormat.STS, noFront)).isInstanceOf(InvalidExport.class)
                .hasMessageContaining("not valid").asInstanceOf(type(InvalidExport.class)).satisfies(invalid -> {
                    assertThat(invalid.format()).isEqualTo(ExportFormat.STS);
                    assertThat(invalid.problems()).isNotEmpty().allSatisfy(problem -> {
                        assertThat(problem.line()).isPositive();
                        assertThat(problem.column()).isPositive();
                    });
                    assertThat(invalid.problems().get(0).line()).isEqualTo(3);
                    assertThat(invalid.getMessage()).contains("front");
                });
    }

    @Test
    void every_problem_of_an_invalid_document_is_listed() {
        byte[] twoProblems = """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                  <doc name="standard"><meta><identification source="#accord"/></meta>
                  <mainBody><section eId="sec_1"><bogus/></section></mainBody></doc>
                </akomaNtoso>""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SCHEMAS.validate(ExportFormat.AKOMA_NTOSO, twoProblems))
                .asInstanceOf(type(InvalidExport.class))
                .satisfies(invalid -> assertThat(invalid.problems()).extracting(InvalidExport.Problem::line)
                        .contains(2, 3));
    }

    @Test
    void an_eId_repeated_anywhere_in_a_doc_is_refused_at_the_element_that_repeats_it() {
        String valid = new String(new AkomaNtosoXml(SCHEMAS).render(SampleDocuments.small()), StandardCharsets.UTF_8);
        String firstSection = eIdOf(valid, "<section eId=\"");
        String firstAttachment = eIdOf(valid, "<attachment eId=\"");
        String repeated = valid.replace("<attachment eId=\"" + firstAttachment + "\"",
                "<attachment eId=\"" + firstSection + "\"");

        assertThatThrownBy(() -> SCHEMAS.validate(ExportFormat.AKOMA_NTOSO, repeated.getBytes(StandardCharsets.UTF_8)))
                .asInstanceOf(type(InvalidExport.class)).satisfies(invalid -> {
                    assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.message()).contains("[" + firstSection + "]", "eId-doc");
                        assertThat(problem.line()).isPositive();
                    });
                });
    }

    /**
     * The uniqueness check that replaces the JDK's must refuse exactly what the JDK's own check refuses: each variant
     * of a valid export is judged by both.
     */
    @Test
    void the_uniqueness_check_judges_as_the_schema_validator_does() throws Exception {
        String valid = new String(new AkomaNtosoXml(SCHEMAS).render(SampleDocuments.small()), StandardCharsets.UTF_8);
        String section = eIdOf(valid, "<section eId=\"");
        String attachment = eIdOf(valid, "<attachment eId=\"");
        String innerDoc = "<doc name=\"annex\"";
        List<String> variants = List.of(valid,
                // the same eId in the main body and inside an annex's own doc: both are below the outer doc
                valid.replaceFirst("(<doc name=\"annex\">(?s:.*?)<section eId=\")[^\"]+", "$1" + section),
                // an annex's doc whose own eId repeats one of its descendants: the scope excludes itself
                valid.replace(innerDoc, innerDoc + " eId=\"" + attachment + "\""),
                valid.replace(innerDoc, innerDoc + " GUID=\"g\"").replace("<mainBody>", "<mainBody GUID=\"g\">"),
                valid.replace("<mainBody>", "<mainBody GUID=\"g\">").replace("<preface>", "<preface GUID=\"g\">"),
                valid.replace("<mainBody>", "<mainBody eId=\"" + section + "\">"));
        var full = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(XmlSchemas.class.getClassLoader().getResource("schemas/akoma-ntoso-3.0/akomantoso30.xsd"));

        List<Boolean> byJdk = new ArrayList<>();
        List<Boolean> byExportCheck = new ArrayList<>();
        for (String variant : variants) {
            byte[] xml = variant.getBytes(StandardCharsets.UTF_8);
            try {
                full.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
                byJdk.add(false);
            } catch (SAXException e) {
                byJdk.add(true);
            }
            try {
                SCHEMAS.validate(ExportFormat.AKOMA_NTOSO, xml);
                byExportCheck.add(false);
            } catch (InvalidExport e) {
                byExportCheck.add(true);
            }
        }
        assertThat(byJdk).as("refused by the JDK").containsExactly(false, true, true, true, true, true);
        assertThat(byExportCheck).as("refused by the export check").isEqualTo(byJdk);
        assertThat(variants.stream().skip(1)).as("every variant differs from the export").doesNotContain(valid);
    }

    @Test
    void a_schema_with_an_identity_constraint_the_check_cannot_evaluate_is_refused(@TempDir Path directory)
            throws Exception {
        Path keyref = directory.resolve("keyref.xsd");
        Files.writeString(keyref, """
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">
                  <xsd:element name="root"><xsd:complexType/>
                    <xsd:unique name="child-id"><xsd:selector xpath="./child"/><xsd:field xpath="@id"/></xsd:unique>
                  </xsd:element>
                </xsd:schema>""");

        assertThatThrownBy(() -> UniqueAttributes.of(keyref.toUri().toURL())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("child-id");
    }

    private static String eIdOf(String xml, String start) {
        int from = xml.indexOf(start) + start.length();
        return xml.substring(from, xml.indexOf('"', from));
    }

    @Test
    void text_that_is_not_xml_is_refused() {
        byte[] broken = "<standard dtd-version=\"1.0\"><front></standard>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SCHEMAS.validate(ExportFormat.STS, broken)).isInstanceOf(InvalidExport.class)
                .hasMessageContaining("1:");
    }

    @Test
    void a_document_type_declaration_is_refused_so_no_entity_is_ever_resolved() {
        byte[] external = """
                <?xml version="1.0"?>
                <!DOCTYPE standard [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <standard dtd-version="1.0"><front/><body><p>&secret;</p></body></standard>"""
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SCHEMAS.validate(ExportFormat.STS, external)).isInstanceOf(InvalidExport.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void only_the_xml_formats_have_a_schema() {
        assertThatThrownBy(() -> SCHEMAS.validate(ExportFormat.PDF, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_schemas_compile_from_inside_a_jar(@TempDir Path directory) throws Exception {
        Path jar = jarOfSchemas(directory.resolve("schemas.jar"));

        try (var loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("schemas/akoma-ntoso-3.0/akomantoso30.xsd").getProtocol()).isEqualTo("jar");
            XmlSchemas fromJar = new XmlSchemas(loader);

            assertThatCode(() -> {
                fromJar.validate(ExportFormat.STS, new StsXml(SCHEMAS).render(SampleDocuments.small()));
                fromJar.validate(ExportFormat.AKOMA_NTOSO, new AkomaNtosoXml(SCHEMAS).render(SampleDocuments.small()));
            }).doesNotThrowAnyException();
            assertThatThrownBy(() -> fromJar.validate(ExportFormat.STS, "<standard/>".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(InvalidExport.class);
        }
    }

    private static Path jarOfSchemas(Path jar) throws IOException, URISyntaxException {
        Path root = Path.of(XmlSchemas.class.getClassLoader().getResource("schemas").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("schemas"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); var entries = new JarOutputStream(out)) {
            for (Path file : files) {
                entries.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return jar;
    }
}
