package org.accord.drafting.web;

import java.util.Locale;

import org.accord.platform.i18n.TemplateLanguage;
import org.accord.platform.i18n.Text;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Redlines as pages show them, {@code {redline.announced}}: each insertion and deletion keeps its {@code <ins>} or
 * {@code <del>} mark and is also announced in words, in the reader's language, for those who do not see the mark.
 * Screen readers mostly pass over the marks themselves, and a redline read out without them says the opposite of what
 * was changed.
 */
@TemplateExtension
public final class RedlineMarks {

    private RedlineMarks() {
    }

    /** The redline HTML from {@code WordDiff}, in which {@code <ins>} and {@code <del>} only ever appear as marks. */
    static RawString announced(String redline, @TemplateAttribute("locale") Object locale) {
        Locale language = TemplateLanguage.locale(locale);
        return new RawString(redline.replace("<ins>", "<ins>" + hidden("drafting.redline_insertion_start", language))
                .replace("</ins>", hidden("drafting.redline_insertion_end", language) + "</ins>")
                .replace("<del>", "<del>" + hidden("drafting.redline_deletion_start", language))
                .replace("</del>", hidden("drafting.redline_deletion_end", language) + "</del>"));
    }

    private static String hidden(String key, Locale language) {
        String words = Text.of(key).in(language).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<span class=\"visually-hidden\"> " + words + " </span>";
    }
}
