package org.accord.publishing.internal.render;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.accord.publishing.internal.document.StandardDocument;

/**
 * The FRBR IRIs of a version's Akoma Ntoso export, as ADR 0023 defines them. The work is the standard, named by its
 * reference; the expression is one frozen version in English, named by the day it was frozen and its label; the
 * manifestation is the XML file.
 *
 * <pre>
 * work           /akn/int/standard/accord/tawg-1
 * expression     /akn/int/standard/accord/tawg-1/eng@2026-11-02;cd-2
 * manifestation  /akn/int/standard/accord/tawg-1/eng@2026-11-02;cd-2.xml
 * </pre>
 */
record FrbrUris(String work, String expression, String manifestation) {

    static final String COUNTRY = "int";
    static final String DOCUMENT_TYPE = "standard";
    static final String ACTOR = "accord";
    static final String LANGUAGE = "eng";
    static final String MAIN = "main";

    static FrbrUris of(StandardDocument document) {
        String work = "/akn/" + COUNTRY + "/" + DOCUMENT_TYPE + "/" + ACTOR + "/" + slug(document.reference());
        String expression = work + "/" + LANGUAGE + "@" + frozenDate(document) + ";" + slug(document.versionLabel());
        return new FrbrUris(work, expression, expression + ".xml");
    }

    static String frozenDate(StandardDocument document) {
        return LocalDate.ofInstant(document.frozenAt(), ZoneOffset.UTC).toString();
    }

    /** "TAWG 1" as "tawg-1": lower-case ASCII letters and digits, any other run of characters as one hyphen. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The IRI of one component at a level: {@code <level>/!main} for the document, {@code /!<eId>} for an annex. */
    static String component(String level, String component) {
        return level + "/!" + component;
    }
}
