package org.accord.app.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.accord.publishing.internal.render.VeraPdf;
import org.accord.testing.AccordTestStack;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's standards, imported and frozen the way `make run` does it, exported in every format the whole way through:
 * the XML exports validate against the published schemas, the PDF passes veraPDF as PDF/A-3a and PDF/UA-1 with no
 * failed check, and the Word, HTML and PDF texts carry every clause's number and heading.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DemoStandardExportsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ParameterizedTest
    @ValueSource(strings = {"functional-definition.md", "democratic-values.md"})
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void everyExport_ofADemoStandard_isValidAndComplete(String demoFile) throws Exception {
        UUID standard = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of("reference", "DEMO " + UUID.randomUUID().toString().substring(0, 8), "markdown",
                        resource("/demo/" + demoFile)))
                .when().post("/api/standards/import").then().statusCode(201).extract().path("id"));
        JsonPath version = given().contentType(ContentType.JSON).when()
                .post("/api/standards/" + standard + "/versions").then().statusCode(201).extract().jsonPath();
        String versionId = version.getString("id");
        List<String> numbers = version.getList("clauses.number");
        List<String> headings = version.getList("clauses.heading");
        assertThat(numbers).hasSizeGreaterThan(5);

        validates(fetch(versionId, "sts"),
                "/schemas/niso-sts-1.0-interchange-mathml3/NISO-STS-interchange-1-mathml3.xsd");
        validates(fetch(versionId, "akoma-ntoso"), "/schemas/akoma-ntoso-3.0/akomantoso30.xsd");

        byte[] pdf = fetch(versionId, "pdf");
        assertThat(VeraPdf.failedChecks(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a").isEmpty();
        assertThat(VeraPdf.failedChecks(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        String pdfText;
        try (var document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String html = new String(fetch(versionId, "html"), StandardCharsets.UTF_8).replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String docx = docxText(fetch(versionId, "docx"));
        for (int i = 0; i < numbers.size(); i++) {
            String heading = headings.get(i) == null ? "" : headings.get(i).replaceAll("\\s+", " ");
            assertThat(pdfText).as("the PDF has clause %s", numbers.get(i)).contains(numbers.get(i))
                    .contains(heading);
            assertThat(html).as("the HTML has clause %s", numbers.get(i)).contains(numbers.get(i)).contains(heading);
            assertThat(docx).as("the DOCX has clause %s", numbers.get(i)).contains(numbers.get(i)).contains(heading);
        }
    }

    private static byte[] fetch(String versionId, String format) {
        String file = "/api/publishing/versions/" + versionId + "/exports/" + format + "/file";
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> given().when().get(file).then().extract().statusCode() == 200);
        return given().when().get(file).then().statusCode(200).extract().asByteArray();
    }

    private static void validates(byte[] xml, String schema) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(DemoStandardExportsTest.class.getResource(schema)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoStandardExportsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
