package org.accord.app.review;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.review.internal.app.Commenting;
import org.accord.testing.AccordTestStack;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The commenting template out and back in: downloads of a round's report, and imports that are all or nothing. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class CommentFilesTest {

    private static final String IVY = "ivy.review@example.org";
    private static final String MODERATOR = "moira.review@example.org";
    private static final String[] HEADER = {"MB/NC", "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note",
            "Type of comment", "Comments", "Proposed change", "Observations of the secretariat"};

    @Inject
    Reviewing reviewing;
    @Inject
    Commenting commenting;

    @Test
    @TestSecurity(user = IVY, roles = "member")
    void aRoundExportedAsDocxXlsxAndCsv_importsIntoANewRound_asTheSameComments() throws Exception {
        reviewing.member(IVY, "EU", "ACADEMIA", true);
        String other = reviewing.member("US", "INDUSTRY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID original = reviewing.round(draft.versionId(), true);
        commenting.submit(original, new Commenting.Draft("1", 2, "Paragraph 2", "ed", "Typo: \"teh\"", "the"),
                other);
        commenting.submit(original, new Commenting.Draft("3", null, null, "te",
                "Needs *audits*;\nsee also, \"clause 2\"", "=Add: audits, yearly"), other);
        commenting.submit(original, new Commenting.Draft("general", null, "Table 1", "ge", "Übersetzung — ça va",
                null), other);
        List<String> expected = comments(original);

        for (String format : List.of("docx", "xlsx", "csv")) {
            byte[] report = given().when().get("/api/rounds/" + original + "/report?format=" + format).then()
                    .statusCode(200).header("Content-Disposition", containsString("." + format)).extract()
                    .asByteArray();
            UUID copy = reviewing.round(draft.versionId(), true);
            upload("comments." + format, report).when().post("/api/rounds/" + copy + "/import")
                    .then().statusCode(200).body("comments", equalTo(3));
            assertThat(comments(copy)).as(format).isEqualTo(expected);
        }
    }

    @Test
    @TestSecurity(user = IVY, roles = "member")
    void anImportWithOneBadRow_storesNothing_andNamesTheRowAndColumn() throws Exception {
        reviewing.member(IVY, "EU", "ACADEMIA", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        byte[] csv = csv(List.<String[]> of(new String[]{"", "", "1", "", "te", "Fine", "", ""},
                new String[]{"", "", "2", "", "xx", "Bad type", "", ""},
                new String[]{"", "", "9.9", "", "ed", "No such clause", "", ""}));

        upload("comments.csv", csv).when().post("/api/rounds/" + round + "/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Row 3, column 'Type of comment'"))
                .body("detail", containsString("Row 4, column 'Clause/Subclause'"));
        assertThat(reviewing.commentsIn(round))
                .isZero();
    }

    @Test
    @TestSecurity(user = IVY, roles = "member")
    void oversizedMacroEnabledAndMalformedFiles_areRefused() throws Exception {
        reviewing.member(IVY, "EU", "ACADEMIA", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        String address = "/api/rounds/" + round + "/import";

        upload("big.csv", new byte[10 * 1024 * 1024 + 1]).when().post(address)
                .then().statusCode(413).contentType("application/problem+json");
        ByteArrayOutputStream macros = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            workbook.createSheet("Comments").createRow(0).createCell(0).setCellValue("Comments");
            workbook.write(macros);
        }
        upload("comments.xlsx", macros.toByteArray()).when().post(address).then()
                .statusCode(400).body("detail", containsString("macro"));
        upload("comments.docx", "not a document".getBytes(StandardCharsets.UTF_8)).when()
                .post(address).then().statusCode(400).body("field", equalTo("file"));
        upload("comments.csv", csv(List.<String[]> of(new String[]{"", "", "1", "", "te", "Fine", "", ""})),
                "IEEE SA").when().post(address).then().statusCode(403);
        assertThat(reviewing.commentsIn(round))
                .isZero();
    }

    @Test
    @TestSecurity(user = MODERATOR, roles = {"member", "moderator"})
    void aModeratorImportsAnExternalBodysComments_recordedOnItsBehalf() throws Exception {
        reviewing.member(MODERATOR, "US", "CIVIL_SOCIETY", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), true);
        upload("liaison.csv", csv(List.<String[]> of(new String[]{"IEEE", "4", "2", "", "te", "Align", "", ""})),
                "IEEE SA").when().post("/api/rounds/" + round + "/import")
                .then().statusCode(200);
        given().when().get("/api/rounds/" + round + "/comments").then().body("items[0].onBehalfOf",
                equalTo("IEEE SA")).body("items[0].author", equalTo(MODERATOR)).body("items[0].lineNumber",
                        equalTo(4));
    }

    /** A comment file as the import's body, named and typed as a person's upload would be. */
    private static RequestSpecification upload(String fileName, byte[] content) {
        return upload(fileName, content, null);
    }

    private static RequestSpecification upload(String fileName, byte[] content, String onBehalfOf) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        String mediaType = switch (extension) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "text/csv";
        };
        RequestSpecification request = given().contentType(mediaType).queryParam("fileName", fileName);
        return (onBehalfOf == null ? request : request.queryParam("onBehalfOf", onBehalfOf)).body(content);
    }

    /** Each comment of the round as its clause, line, element, type, text and proposed change, in number order. */
    private List<String> comments(UUID round) {
        List<String> found = new ArrayList<>();
        given().when().get("/api/rounds/" + round + "/comments").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class)
                .forEach(c -> found.add(c.get("clauseNumber") + "|" + c.get("lineNumber") + "|" + c.get("element")
                        + "|" + c.get("type") + "|" + c.get("text") + "|" + c.get("proposedChange")));
        return found;
    }

    private static byte[] csv(List<String[]> rows) throws Exception {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord((Object[]) HEADER);
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
