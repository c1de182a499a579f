package org.accord.review.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page string and every sentence review writes exists in French and German, with the same placeholders and the
 * same branches as in English, so that no reader meets a key, an English fallback or a lost value.
 */
class ReviewTranslationsTest {

    /** Qute expressions and sections, e.g. {@code {reason}} or {@code {#is 'OPEN'}}, and positional {@code {0}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void pageMessages_haveEveryKeyOfTheBundle_withTheSamePlaceholders(String language) throws IOException {
        Map<String, String> english = new TreeMap<>();
        for (Method method : ReviewMessages.class.getDeclaredMethods()) {
            english.put(method.getName(), method.getAnnotation(Message.class).value());
        }
        Map<String, String> translated = load("messages/review_" + language + ".properties");

        assertThat(translated.keySet()).containsExactlyElementsOf(english.keySet());
        english.forEach((key, value) -> assertThat(placeholders(translated.get(key))).as(language + " " + key)
                .isEqualTo(placeholders(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void sentences_haveEveryKeyOfTheEnglishTexts_withTheSamePlaceholders(String language) throws IOException {
        Map<String, String> english = load("texts/review.properties");
        Map<String, String> translated = load("texts/review_" + language + ".properties");

        assertThat(translated.keySet()).containsExactlyElementsOf(english.keySet());
        english.forEach((key, value) -> assertThat(placeholders(translated.get(key))).as(language + " " + key)
                .isEqualTo(placeholders(value)));
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group).sorted().toList();
    }

    private static Map<String, String> load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ReviewTranslationsTest.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }
}
