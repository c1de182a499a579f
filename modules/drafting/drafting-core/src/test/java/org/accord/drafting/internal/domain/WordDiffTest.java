package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void redline_ofEqualTexts_isTheEscapedText() {
        assertThat(WordDiff.redline("Weights are open.", "Weights are open.")).isEqualTo("Weights are open.");
    }

    @Test
    void redline_ofOneChangedWord_marksOnlyThatWord() {
        assertThat(WordDiff.redline("Weights must be published.", "Weights should be published."))
                .isEqualTo("Weights <del>must</del><ins>should</ins> be published.");
    }

    @Test
    void redline_ofAddedWords_wrapsThemInIns() {
        assertThat(WordDiff.redline("Publish weights.", "Publish all weights."))
                .isEqualTo("Publish <ins>all </ins>weights.");
    }

    @Test
    void redline_ofRemovedWords_wrapsThemInDel() {
        assertThat(WordDiff.redline("Publish all weights.", "Publish weights."))
                .isEqualTo("Publish <del>all </del>weights.");
    }

    @Test
    void redline_ofChangedPunctuation_marksOnlyThePunctuation() {
        assertThat(WordDiff.redline("Open weights.", "Open weights!"))
                .isEqualTo("Open weights<del>.</del><ins>!</ins>");
    }

    @Test
    void redline_ofSeveralReplacedWordsInARow_isOneDelAndOneIns() {
        assertThat(WordDiff.redline("The model card lists risks.", "The system report names risks."))
                .isEqualTo("The <del>model card lists</del><ins>system report names</ins> risks.");
    }

    @Test
    void redline_fromNothing_insertsEverything() {
        assertThat(WordDiff.redline(null, "New clause")).isEqualTo("<ins>New clause</ins>");
        assertThat(WordDiff.redline("", "New clause")).isEqualTo("<ins>New clause</ins>");
    }

    @Test
    void redline_toNothing_deletesEverything() {
        assertThat(WordDiff.redline("Old clause", null)).isEqualTo("<del>Old clause</del>");
    }

    @Test
    void redline_ofTwoNulls_isEmpty() {
        assertThat(WordDiff.redline(null, null)).isEmpty();
    }

    @Test
    void redline_escapesUnchangedRemovedAndAddedText() {
        assertThat(WordDiff.redline("a <b> & \"c\" 'd'", "x <b> & \"c\" 'e' <script>"))
                .isEqualTo("<del>a</del><ins>x</ins> &lt;b&gt; &amp; &quot;c&quot; &#39;<del>d</del><ins>e</ins>&#39;"
                        + "<ins> &lt;script&gt;</ins>");
    }

    @Test
    void redline_keepsLineBreaksAndAccentedWordsWhole() {
        assertThat(WordDiff.redline("Données ouvertes\nsont publiées", "Données fermées\nsont publiées"))
                .isEqualTo("Données <del>ouvertes</del><ins>fermées</ins>\nsont publiées");
    }

    @Test
    void redline_removingAllTags_givesBackTheNewText() {
        String before = "Providers of open models publish their weights, code and training data summaries.";
        String after = "Providers of open-weight models publish weights, code, and summaries of the training data.";

        String redline = WordDiff.redline(before, after);

        assertThat(newText(redline)).isEqualTo(after);
        assertThat(oldText(redline)).isEqualTo(before);
    }

    private static final int LIMIT = 100_000;
    private static final String[] WORDS = {"weights", "code", "data", "shall", "be", "published", "under", "an",
            "open", "licence", "the", "model", "<b>", "&", "é", "\n\n", "4.1", "it's", "training", "Where"};

    /** Pairs of texts up to the length limit of a clause, random and built to be as hard to diff as possible. */
    static Stream<Arguments> hardPairs() {
        Random random = new Random(7);
        String prose = words(random, 16_000);
        return Stream.of(
                Arguments.of("two unrelated texts at the limit", text(random, LIMIT), text(random, LIMIT)),
                Arguments.of("one word repeated, a few inserted", "data ".repeat(LIMIT / 5),
                        sprinkle(random, "data ".repeat(LIMIT / 5), "code ", 500)),
                Arguments.of("all words different", numbered("a", LIMIT), numbered("b", LIMIT)),
                Arguments.of("one sentence each, no line breaks", words(random, 16_000).replace("\n", " ")
                        .replace(".", ","), words(random, 16_000).replace("\n", " ").replace(".", ",")),
                Arguments.of("every tenth word changed", prose, mutate(random, prose, 10)),
                Arguments.of("reordered halves", prose, prose.substring(prose.length() / 2)
                        + prose.substring(0, prose.length() / 2)),
                Arguments.of("emptied", prose, ""), Arguments.of("written from nothing", "", prose),
                Arguments.of("short random", words(random, 30), words(random, 30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardPairs")
    void redline_ofHardPairs_givesBackBothTexts_withinItsWork(String name, String before, String after) {
        DiffWork work = DiffWork.forTexts(before, after);

        String redline = WordDiff.redline(before, after, work);

        assertThat(oldText(redline)).isEqualTo(before);
        assertThat(newText(redline)).isEqualTo(after);
        assertThat(work.spent()).isLessThanOrEqualTo(work.limit())
                .isLessThanOrEqualTo(DiffWork.PER_CHARACTER * (before.length() + after.length()) + DiffWork.FLOOR);
    }

    @Test
    void redline_ofRandomEdits_givesBackBothTexts() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            String before = words(random, random.nextInt(200));
            String after = mutate(random, before, 1 + random.nextInt(8));
            DiffWork work = DiffWork.forTexts(before, after);

            String redline = WordDiff.redline(before, after, work);

            assertThat(oldText(redline)).as("round %d", round).isEqualTo(before);
            assertThat(newText(redline)).as("round %d", round).isEqualTo(after);
            assertThat(work.spent()).isLessThanOrEqualTo(work.limit());
        }
    }

    @Test
    void redline_ofTwoWordsChangedFarApartInALongText_marksOnlyThoseWords() {
        String prose = words(new Random(3), 16_000);
        String before = "Alpha " + prose + " omega.";
        String after = "Beta " + prose + " psi.";

        assertThat(WordDiff.redline(before, after))
                .isEqualTo("<del>Alpha</del><ins>Beta</ins> " + WordDiff.escape(prose)
                        + " <del>omega</del><ins>psi</ins>.");
    }

    @Test
    void redline_whenItsWorkRunsOut_replacesTheDifferingMiddleWhole() {
        String before = "Keep this. " + numbered("a", 2_000) + " And this.";
        String after = "Keep this. " + numbered("b", 2_000) + " And this.";
        DiffWork work = new DiffWork(1_000);

        String redline = WordDiff.redline(before, after, work);

        assertThat(redline).isEqualTo("Keep this. <del>" + numbered("a", 2_000) + "</del><ins>" + numbered("b", 2_000)
                + "</ins> And this.");
        assertThat(work.spent()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void redline_ofAnEasyPassageAfterAHardOne_isStillExact() {
        String before = numbered("a", 5_000) + ".\nThe weights are open.";
        String after = numbered("b", 5_000) + ".\nThe weights are closed.";

        assertThat(WordDiff.redline(before, after, new DiffWork(200_000)))
                .endsWith(".\nThe weights are <del>open</del><ins>closed</ins>.");
    }

    private static String oldText(String redline) {
        return unescape(redline.replaceAll("(?s)<ins>.*?</ins>", "").replaceAll("</?del>", ""));
    }

    private static String newText(String redline) {
        return unescape(redline.replaceAll("(?s)<del>.*?</del>", "").replaceAll("</?ins>", ""));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
        }
        return text.substring(0, length);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString().strip();
    }

    private static String numbered(String prefix, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i++) {
            text.append(prefix).append(i).append(' ');
        }
        return text.substring(0, length).strip();
    }

    private static String sprinkle(Random random, String text, String insert, int times) {
        StringBuilder result = new StringBuilder(text);
        for (int i = 0; i < times; i++) {
            int at = random.nextInt(result.length() / 5) * 5;
            result.insert(at, insert);
        }
        return result.substring(0, Math.min(result.length(), LIMIT));
    }

    /** Replaces, removes or inserts about one word in {@code every}. */
    private static String mutate(Random random, String text, int every) {
        BiFunction<String, Random, String> edit = (word, r) -> switch (r.nextInt(3)) {
            case 0 -> WORDS[r.nextInt(WORDS.length)];
            case 1 -> "";
            default -> word + " " + WORDS[r.nextInt(WORDS.length)];
        };
        StringBuilder result = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            result.append(random.nextInt(every) == 0 ? edit.apply(word, random) : word).append(' ');
        }
        return result.toString().strip();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL, NULL, true", "NULL, '', true", "'', NULL, true", "a, a, true",
            "a, b, false", "a, 'a ', false", "NULL, a, false"})
    void unchanged_treatsNullAsEmpty(String before, String after, boolean unchanged) {
        assertThat(WordDiff.unchanged(before, after)).isEqualTo(unchanged);
    }

    @Test
    void tokens_areWordsWhitespaceRunsAndSinglePunctuation() {
        assertThat(WordDiff.tokens("It's 4.1,  ok")).containsExactly("It", "'", "s", " ", "4", ".", "1", ",", "  ",
                "ok");
    }

    @Test
    void tokensAndPassages_areCutAsTheirRegularExpressionsCut() {
        Pattern token = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);
        Pattern passage = Pattern.compile("[^\\n]*?(?:[.!?](?=\\s)|\\n|\\z)");
        String alphabet = "aZ9_ é\u0301٣Ⅻ²\t\n\r\u000B\f.!?,;'\"<&-\u00A0\u2028\uD835\uDC00\uD800\uDC00\uDFFF\uD83D\uDE00漢";
        Random random = new Random(17);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();

            assertThat(WordDiff.tokens(sample)).as("tokens of [%s]", sample).isEqualTo(matches(token, sample));
            assertThat(WordDiff.passages(sample)).as("passages of [%s]", sample).isEqualTo(matches(passage, sample));
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!matcher.group().isEmpty()) {
                pieces.add(matcher.group());
            }
        }
        return pieces;
    }
}
