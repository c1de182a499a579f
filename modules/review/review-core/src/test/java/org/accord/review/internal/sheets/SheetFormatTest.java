package org.accord.review.internal.sheets;

import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetFormatTest {

    @Test
    void of_goesByExtensionFirst_inAnyCase() {
        assertThat(SheetFormat.of("Comments CD 2.XLSX", "application/octet-stream")).isEqualTo(SheetFormat.XLSX);
        assertThat(SheetFormat.of("comments.docx", "text/csv")).isEqualTo(SheetFormat.DOCX);
        assertThat(SheetFormat.of("comments.csv", "application/vnd.ms-excel")).isEqualTo(SheetFormat.CSV);
    }

    @Test
    void of_anUnknownExtension_goesByMediaType() {
        assertThat(SheetFormat.of("comments", "text/csv; charset=UTF-8")).isEqualTo(SheetFormat.CSV);
        assertThat(SheetFormat.of("comments.txt", "text/csv")).isEqualTo(SheetFormat.CSV);
        assertThat(SheetFormat.of(null, SheetFormat.DOCX.mediaType())).isEqualTo(SheetFormat.DOCX);
    }

    @Test
    void of_anotherFormat_isRefused_namingTheAcceptedOnes() {
        assertThatThrownBy(() -> SheetFormat.of("comments.pdf", "application/pdf")).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "file").hasMessageContaining("comments.pdf")
                .hasMessageContaining(".docx").hasMessageContaining(".xlsx").hasMessageContaining(".csv");
        assertThatThrownBy(() -> SheetFormat.of(null, null)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "file");
    }

    @Test
    void of_aMacroEnabledFile_isRefused() {
        assertThatThrownBy(() -> SheetFormat.of("comments.docm", "application/octet-stream"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "file")
                .hasMessageContaining("macro-enabled").hasMessageContaining(".docx");
        assertThatThrownBy(() -> SheetFormat.of("comments.xlsm", SheetFormat.XLSX.mediaType()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("macro-enabled");
        assertThatThrownBy(() -> SheetFormat.of("comments", "application/vnd.ms-excel.sheet.macroEnabled.12"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("macro-enabled");
    }

    @Test
    void mediaTypeAndExtension_areTheFormatsOwn() {
        assertThat(SheetFormat.XLSX.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(SheetFormat.DOCX.extension()).isEqualTo("docx");
        assertThat(SheetFormat.CSV.mediaType()).isEqualTo("text/csv");
    }
}
