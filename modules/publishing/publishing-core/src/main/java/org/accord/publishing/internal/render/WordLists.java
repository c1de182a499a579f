package org.accord.publishing.internal.render;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering of bulleted and numbered lists: one bullet list definition shared by every bulleted list, and one
 * numbered definition that each numbered list restarts at its own first number.
 */
final class WordLists {

    /** Twentieths of a point per level of nesting, and the hanging indent the bullet or number sits in. */
    private static final int INDENT = 360;
    static final int HANGING = 360;

    private static final int LEVELS = 9;
    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final XWPFNumbering numbering;
    private final BigInteger numberedDefinition;
    private final BigInteger bullets;

    WordLists(XWPFDocument document) {
        numbering = document.createNumbering();
        BigInteger bulletDefinition = numbering.addAbstractNum(definition(0, true));
        numberedDefinition = numbering.addAbstractNum(definition(1, false));
        bullets = numbering.addNum(bulletDefinition);
    }

    /** Left indent of the text of a list item nested {@code level} lists deep, 0 for the outermost list. */
    static int indentOf(int level) {
        return INDENT * (level + 1) + HANGING;
    }

    BigInteger bullets() {
        return bullets;
    }

    /** A numbered list of its own, so its numbers restart rather than continue the list before it. */
    BigInteger numbered(int level, int start) {
        BigInteger list = numbering.addNum(numberedDefinition);
        CTNumLvl override = numbering.getNum(list).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return list;
    }

    private static XWPFAbstractNum definition(int id, boolean bulleted) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < LEVELS; level++) {
            CTLvl format = definition.addNewLvl();
            format.setIlvl(BigInteger.valueOf(level));
            format.addNewStart().setVal(BigInteger.ONE);
            format.addNewNumFmt().setVal(bulleted ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            format.addNewLvlText().setVal(bulleted ? BULLETS[level % BULLETS.length] : "%" + (level + 1) + ".");
            CTInd indent = format.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(indentOf(level)));
            indent.setHanging(BigInteger.valueOf(HANGING));
        }
        return new XWPFAbstractNum(definition);
    }
}
