package org.accord.publishing.internal.render;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields, such as page numbers and the table of contents, which Word computes when it lays the pages out. */
final class WordFields {

    private WordFields() {
    }

    /**
     * Appends a field whose result Word recomputes on opening, showing {@code placeholder} until it does. Written as
     * begin, instruction, separator, result and end runs rather than as a simple field, because only this form lets the
     * field be marked dirty.
     */
    static void append(XWPFParagraph paragraph, String instruction, String placeholder) {
        CTFldChar begin = paragraph.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        begin.setDirty(true);
        CTText code = paragraph.createRun().getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText(placeholder);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
