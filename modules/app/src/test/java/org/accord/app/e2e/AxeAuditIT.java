package org.accord.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit itself finds what it exists to find: a page with known faults is not clean, and the failure names them. */
class AxeAuditIT {

    private static final String FAULTY_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Faults</title><style>.pale { color: #bbbbbb; }</style></head>
            <body><main><h1>Faults</h1>
            <input name="unlabelled">
            <p class="pale">Text too pale to read</p>
            <div style="overflow: auto; width: 6rem"><table><tr><td style="white-space: nowrap">far wider than its box</td></tr>
            </table></div>
            </main></body></html>
            """;

    @Test
    void aPageWithKnownFaults_isNotClean_andEachFaultIsNamed() throws IOException {
        Path page = Files.createTempFile("accord-faults", ".html");
        Files.writeString(page, FAULTY_PAGE);
        try (Browser browser = new Browser()) {
            browser.open(page.toUri().toString());
            AxeAudit.Result result = AxeAudit.of(browser);
            assertThat(result.violations()).extracting(AxeAudit.Violation::rule)
                    .contains("label", "color-contrast", "scrollable-region-focusable");
            assertThat(result.rulesPassed()).isPositive();
            assertThatThrownBy(() -> AxeAudit.assertClean(browser)).hasMessageContaining("label (critical)")
                    .hasMessageContaining("dequeuniversity.com/rules/axe/").hasMessageContaining("input");
        } finally {
            Files.delete(page);
        }
    }
}
