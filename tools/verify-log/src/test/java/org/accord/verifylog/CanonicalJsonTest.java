package org.accord.verifylog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanonicalJsonTest {

    private static String canonical(String json) throws MalformedJsonException {
        return CanonicalJson.of(JsonReader.parse(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // RFC 8785 section 3.2.2.3 and appendix B
            "0|0", "-0|0", "1E30|1e+30", "4.50|4.5", "2e-3|0.002", "0.000000000000000000000000001|1e-27",
            "333333333.33333329|333333333.3333333", "1e21|1e+21", "1e20|100000000000000000000", "1e-7|1e-7",
            "0.000001|0.000001", "-5e-324|-5e-324", "1.7976931348623157e308|1.7976931348623157e+308",
            "9007199254740992|9007199254740992", "9007199254740993|9007199254740992",
            "295147905179352830000|295147905179352830000",
            "12|12", "-1.5|-1.5", "123456789012345680000|123456789012345680000"})
    void numbersAreWrittenAsECMAScriptWritesThem(String written, String expected) throws MalformedJsonException {
        assertEquals(expected, CanonicalJson.number(written));
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAndStringsEscapedMinimally() throws MalformedJsonException {
        // RFC 8785 section 3.2.3's sorting example, and its string example from section 3.2.2.2
        assertEquals(
                "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                        + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                canonical(
                        "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}"));
        assertEquals("\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"",
                canonical("\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\""));
        assertEquals("[true,false,null,{},[],{\"a\":{\"b\":1,\"c\":[2]}}]",
                canonical(" [ true , false , null , { } , [ ] , { \"a\" : { \"c\" : [ 2 ] , \"b\" : 1 } } ] "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "[1,]", "{\"a\":1,}", "01", "1.", "-", "1e", "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"a\nb\"", "\"\\x\"", "[1 2]", "{\"a\" 1}", "{1:2}", "tru", "nul", "[1]]", "", "\"open", "{\"a\":1} x",
            "NaN",
            "+1", ".5", "\"\\u12\""})
    void whatIsNotStrictJsonIsRefused(String text) {
        assertThrows(MalformedJsonException.class, () -> JsonReader.parse(text));
    }

    @Test
    void deepNestingIsRefusedRatherThanExhaustingTheStack() {
        assertThrows(MalformedJsonException.class, () -> JsonReader.parse("[".repeat(100_000)));
    }

    @Test
    void aNumberBeyondDoublesHasNoCanonicalForm() {
        assertThrows(MalformedJsonException.class, () -> canonical("1e400"));
    }
}
