package org.accord.review.internal.sheets;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** Refusals of an uploaded file, reported against the form's "file" field. */
final class FileRefusal {

    private FileRefusal() {
    }

    static RuleViolation of(Text message) {
        return RuleViolation.invalid("file", message);
    }

    static RuleViolation of(Text message, Throwable cause) {
        RuleViolation refusal = of(message);
        refusal.initCause(cause);
        return refusal;
    }

    static RuleViolation damaged(SheetFormat format, Throwable cause) {
        return of(Text.of("review.file_damaged", format.label()), cause);
    }
}
