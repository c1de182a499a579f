package org.accord.drafting.internal.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

        assertThat(redline.replaceAll("<del>.*?</del>", "").replaceAll("</?ins>", "")).isEqualTo(after);
        assertThat(redline.replaceAll("<ins>.*?</ins>", "").replaceAll("</?del>", "")).isEqualTo(before);
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
}
