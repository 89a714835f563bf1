package io.remo.pipeline.engine.djl;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CLIP tokenization as Stable Diffusion pipelines do it: byte-level BPE from a HuggingFace {@code tokenizer.json},
 * then start token, at most {@code maxLength - 2} prompt tokens, end token, and padding to {@code maxLength} (77).
 * Framing and padding happen here rather than in the tokenizer's configuration, because CLIP pads with its end token
 * (49407), which a tokenizer.json without a padding section would not do.
 */
final class PromptTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;
    private final ModelManifest.TokenizerFile spec;

    private PromptTokenizer(HuggingFaceTokenizer tokenizer, ModelManifest.TokenizerFile spec) {
        this.tokenizer = tokenizer;
        this.spec = spec;
    }

    static PromptTokenizer load(Path file, ModelManifest.TokenizerFile spec) {
        try {
            return new PromptTokenizer(HuggingFaceTokenizer.builder().optTokenizerPath(file)
                    .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build(), spec);
        } catch (IOException | RuntimeException e) {
            throw new ModelStoreException("cannot load the tokenizer " + file + ": " + e.getMessage(), e);
        }
    }

    /** Exactly {@code maxLength} ids; a null prompt is the empty prompt (the unconditional embedding's). */
    long[] ids(String prompt) {
        long[] words = tokenizer.encode(prompt == null ? "" : prompt, false, false).getIds();
        int kept = Math.min(words.length, spec.maxLength() - 2);
        long[] ids = new long[spec.maxLength()];
        Arrays.fill(ids, spec.padId());
        ids[0] = spec.bosId();
        System.arraycopy(words, 0, ids, 1, kept);
        ids[kept + 1] = spec.eosId();
        return ids;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
