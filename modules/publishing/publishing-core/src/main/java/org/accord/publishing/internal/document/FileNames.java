package org.accord.publishing.internal.document;

import java.text.Normalizer;

/** File names a download may carry in any file system and any browser: letters, digits, dots and hyphens. */
public final class FileNames {

    private FileNames() {
    }

    public static String of(String words) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String name = ascii.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("(^-+)|(-+$)", "");
        return name.isEmpty() ? "export" : name;
    }
}
