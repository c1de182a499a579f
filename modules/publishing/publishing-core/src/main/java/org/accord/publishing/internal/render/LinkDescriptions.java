package org.accord.publishing.internal.render;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Gives every link in the PDF the description PDF/UA requires, saying where it leads. The layout engine leaves links
 * without one: the contents' links to clauses as well as the web links in clause texts.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void complete(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(description(link.getAction()));
                }
            }
        }
    }

    private static String description(PDAction action) throws IOException {
        if (action instanceof PDActionURI uri) {
            return "Link to " + uri.getURI();
        }
        if (action instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination destination) {
            return "Link to page " + (destination.retrievePageNumber() + 1);
        }
        return "Link";
    }
}
