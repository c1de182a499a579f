package org.accord.transparency.internal.log;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 8785's own examples, and the numbers and texts the log refuses rather than write ambiguously. */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rfc8785Section3_2_2_stringsAndLiterals_areWrittenAsTheRfcShows() throws Exception {
        JsonNode input = JSON.readTree("""
                {
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""");
        assertThat(CanonicalJson.text(input))
                .isEqualTo("{\"literals\":[null,true,false],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc8785Section3_2_2_fullExample_isRefusedForItsFractions() throws Exception {
        JsonNode input = JSON.readTree("""
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""");
        assertThatThrownBy(() -> CanonicalJson.text(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integers");
    }

    @Test
    void rfc8785Section3_2_3_members_areSortedByUtf16CodeUnits() throws Exception {
        JsonNode input = JSON.readTree("""
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""");
        assertThat(CanonicalJson.text(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":"
                + "\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":"
                + "\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void rfc8785Section3_2_4_utf8_isTheRfcsBytes() throws Exception {
        JsonNode input = JSON.readTree("{\"Unnormalized Unicode\":\"A\\u030a\"}");
        assertThat(HexFormat.of().formatHex(CanonicalJson.bytes(input))).isEqualTo(
                "7b22556e6e6f726d616c697a656420556e69636f6465223a2241cc8a227d");
    }

    @Test
    void rfc8785AppendixB_integers_areWrittenAsTheRfcShows() throws Exception {
        assertThat(CanonicalJson.text(JSON.readTree("[0,-0,9007199254740992,-9007199254740992,295]")))
                .isEqualTo("[0,0,9007199254740992,-9007199254740992,295]");
    }

    @Test
    void integersBeyond2To53_areRefused() throws Exception {
        assertThatThrownBy(() -> CanonicalJson.text(JSON.readTree("[9007199254740993]")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.text(JSON.readTree("[295147905179352830000]")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedStructures_areSortedAtEveryDepth_withoutWhitespace() throws Exception {
        JsonNode input = JSON
                .readTree("{ \"b\" : [ { \"z\" : 1 , \"a\" : { \"y\" : null, \"x\" : \"\\t\\u0001\\u007f\" } } ],"
                        + " \"a\" : \"\\u2028\" }");
        assertThat(CanonicalJson.text(input))
                .isEqualTo("{\"a\":\"\u2028\",\"b\":[{\"a\":{\"x\":\"\\t\\u0001\u007f\",\"y\":null},\"z\":1}]}");
    }

    @Test
    void aLoneSurrogate_isRefused() {
        JsonNode input = JSON.getNodeFactory().textNode("broken \ud800 text");
        assertThatThrownBy(() -> CanonicalJson.text(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThat(CanonicalJson.bytes(JSON.getNodeFactory().textNode("\ud83d\ude00")))
                .isEqualTo("\"😀\"".getBytes(StandardCharsets.UTF_8));
    }
}
