package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokenization with the tiny store's tokenizer.json, which is laid out as CLIP's: ids 0..255 are the byte alphabet
 * (printable ASCII first, '!' = 0), 256..511 the same with the end-of-word mark "</w>", then one id per merge
 * (r+e, re+d</w>, r+o, ro+o, roo+m</w> = 512..516), then start (517) and end (518) tokens; padding is the end token.
 */
class PromptTokenizerTest {

    private static final long START = 517;
    private static final long END = 518;
    private static final long RED = 513;
    private static final long ROOM = 516;

    private static PromptTokenizer tokenizer;

    @BeforeAll
    static void load() {
        ModelStore store = ModelStore.open(TinyModelStore.source());
        tokenizer = PromptTokenizer.load(store.tokenizer(), store.manifest().tokenizer());
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void framesNormalisesMergesAndPadsTo77() {
        long[] ids = tokenizer.ids("A  Red ROOM!");

        assertThat(ids).hasSize(77);
        assertThat(Arrays.copyOf(ids, 6)).containsExactly(START, wordEnd('a'), RED, ROOM, wordEnd('!'), END);
        assertThat(Arrays.copyOfRange(ids, 6, 77)).containsOnly(END);
    }

    @Test
    void splitsUnmergedWordsIntoBytes() {
        assertThat(Arrays.copyOf(tokenizer.ids("sofa"), 6))
                .containsExactly(START, letter('s'), letter('o'), letter('f'), wordEnd('a'), END);
    }

    @Test
    void truncatesToSeventyFiveWordTokensAndKeepsTheEnd() {
        long[] ids = tokenizer.ids("a ".repeat(100));

        assertThat(ids).hasSize(77);
        assertThat(ids[0]).isEqualTo(START);
        assertThat(Arrays.copyOfRange(ids, 1, 76)).containsOnly(wordEnd('a'));
        assertThat(ids[76]).isEqualTo(END);
    }

    @Test
    void theEmptyPromptIsStartEndAndPadding() {
        long[] expected = new long[77];
        Arrays.fill(expected, END);
        expected[0] = START;

        assertThat(tokenizer.ids(null)).containsExactly(expected);
        assertThat(tokenizer.ids("")).containsExactly(expected);
    }

    private static long letter(char c) {
        return c - '!';
    }

    private static long wordEnd(char c) {
        return 256 + letter(c);
    }
}
