package org.accord.review.internal.sheets;

import org.accord.platform.errors.RuleViolation;

/** Refusals of an uploaded file, reported against the form's "file" field. */
final class FileRefusal {

    private FileRefusal() {
    }

    static RuleViolation of(String message) {
        return RuleViolation.invalid("file", message);
    }

    static RuleViolation of(String message, Throwable cause) {
        RuleViolation refusal = of(message);
        refusal.initCause(cause);
        return refusal;
    }

    static RuleViolation damaged(SheetFormat format, Throwable cause) {
        return of("The file could not be read as " + format.label() + ": it is damaged, or another kind of file under"
                + " that name. Save it as " + format.label() + " and upload it again.", cause);
    }
}
