package org.accord.review.internal.sheets;

import java.util.Objects;

/**
 * What a written sheet shows above its table, e.g. "Disposition of comments: Second committee draft" over "TAWG 1 CD 2
 * · closed 2026-12-01 · 37 comments". CSV has no room for it and leaves it out.
 */
public record SheetHeading(String title, String subtitle) {

    public SheetHeading {
        title = Objects.requireNonNullElse(title, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
    }
}
