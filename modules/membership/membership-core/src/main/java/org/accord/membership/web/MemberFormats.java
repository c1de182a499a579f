package org.accord.membership.web;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** {@code {roles.joined}} in templates. */
@TemplateExtension
final class MemberFormats {

    private MemberFormats() {
    }

    static String joined(List<String> values) {
        return String.join(", ", values);
    }
}
