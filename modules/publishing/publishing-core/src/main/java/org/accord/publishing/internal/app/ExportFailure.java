package org.accord.publishing.internal.app;

import java.util.List;
import java.util.stream.Collectors;

import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.render.InvalidExport;

/**
 * Why an export could not be rendered, kept as a code and its parameters so that each reader reads it in their own
 * language. Parameters are hashes, labels and the renderer's own technical words, which are shown as they are.
 */
public record ExportFailure(Code code, List<String> parameters) {

    public enum Code {
        /** The words publishing holds do not hash to the frozen content hash: the found hash, the frozen one. */
        TEXT_ALTERED,
        /** Some revision of the version had not reached publishing: the version's label. */
        TEXT_INCOMPLETE,
        /** The export does not validate against its format's schema: where, line by line. */
        INVALID,
        /** Anything else went wrong: the error's own words. */
        ERROR
    }

    public ExportFailure {
        parameters = List.copyOf(parameters);
    }

    static ExportFailure of(RuntimeException failure) {
        return switch (failure) {
            case TextCheck.Altered altered -> new ExportFailure(Code.TEXT_ALTERED,
                    List.of(altered.found(), altered.frozen()));
            case TextCheck.Incomplete incomplete -> new ExportFailure(Code.TEXT_INCOMPLETE,
                    List.of(incomplete.versionLabel()));
            case InvalidExport invalid -> new ExportFailure(Code.INVALID,
                    List.of(invalid.problems().stream().map(InvalidExport.Problem::toString)
                            .collect(Collectors.joining("\n"))));
            default -> new ExportFailure(Code.ERROR, List.of(failure.getMessage() == null
                    ? failure.getClass().getSimpleName()
                    : failure.getMessage()));
        };
    }

    public Text text() {
        return switch (code) {
            case TEXT_ALTERED -> Text.of("publishing.failure_text_altered", parameter(0), parameter(1));
            case TEXT_INCOMPLETE -> Text.of("publishing.failure_text_incomplete", parameter(0));
            case INVALID -> Text.of("publishing.failure_invalid", parameter(0));
            case ERROR -> Text.of("publishing.failure_error", parameter(0));
        };
    }

    private String parameter(int index) {
        return index < parameters.size() ? parameters.get(index) : "";
    }
}
