package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.accord.publishing.internal.document.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
