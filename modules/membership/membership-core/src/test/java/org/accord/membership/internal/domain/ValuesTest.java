package org.accord.membership.internal.domain;

import java.util.List;

import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    @Test
    void email_isTrimmedAndLowerCased() {
        assertThat(new Email("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("ada.lovelace@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.org", "ada@example", "a b@example.org",
            "<ada>@example.org"})
    void email_whenMalformed_isRejected(String email) {
        assertThatThrownBy(() -> new Email(email)).isInstanceOf(RuleViolation.class).extracting("field")
                .isEqualTo("email");
    }

    @Test
    void profile_refusesMarkupOverlongAndBlankFields() {
        assertThatThrownBy(() -> new Profile("x".repeat(10_000), "Institute")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("10,000 characters").extracting("field").isEqualTo("fullName");
        assertThatThrownBy(() -> new Profile("Ada", "<script>alert(1)</script>")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("plain text").extracting("field").isEqualTo("affiliation");
        assertThatThrownBy(() -> new Profile(" ", "Institute")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> new Profile("Ada\u0000", "Institute")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("control characters");
    }

    @Test
    void roles_alwaysIncludeMember_inCanonicalOrder_withoutDuplicates() {
        assertThat(MemberRoles.of(List.of("admin", "editor", "editor")).values())
                .containsExactly("member", "editor", "admin");
        assertThat(MemberRoles.parse("member,moderator").values()).containsExactly("member", "moderator");
        assertThat(MemberRoles.of(List.of("liaison")).stored()).isEqualTo("member,liaison");
    }

    @Test
    void roles_whenUnknown_areRejected() {
        assertThatThrownBy(() -> MemberRoles.of(List.of("emperor"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Unknown role 'emperor'");
    }

    @Test
    void reason_isRequired() {
        assertThatThrownBy(() -> new Reason("")).isInstanceOf(RuleViolation.class).extracting("field")
                .isEqualTo("reason");
    }
}
