package io.remo.shopping.matching;

/**
 * Text to a sentence embedding; in the application {@code io.remo.natives.api.TextEmbeddings::embed}
 * (all-MiniLM-L6-v2, 384 dimensions).
 */
@FunctionalInterface
public interface SentenceEmbedder {

    float[] embed(String text);
}
