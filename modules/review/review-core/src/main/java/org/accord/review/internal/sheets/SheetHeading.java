package org.accord.review.internal.sheets;

import java.util.Locale;
import java.util.Objects;

/**
 * What a written sheet shows above its table, e.g. "Disposition of comments: Second committee draft" over "TAWG 1 CD 2
 * · closed 1 Dec 2026 · 37 comments", and the language of the help it carries (an Excel workbook's). CSV has no room
 * for either and leaves them out.
 */
public record SheetHeading(String title, String subtitle, Locale language) {

    public SheetHeading {
        title = Objects.requireNonNullElse(title, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        language = Objects.requireNonNullElse(language, Locale.ENGLISH);
    }
}
