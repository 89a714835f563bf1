package io.remo.natives.api;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sentence embeddings (all-MiniLM-L6-v2, quantized, 384 dimensions) computed in-process by ONNX Runtime; the model
 * ships inside its jar in the io.remo.natives module, so nothing is downloaded.
 */
@ApplicationScoped
public class TextEmbeddings {

    public static final int DIMENSIONS = 384;

    private volatile EmbeddingModel model;

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
