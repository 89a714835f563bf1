package io.remo.brief.control;

import io.remo.brief.prompt.EmbeddingPhraseMatcher;
import io.remo.brief.prompt.VocabularyExtractor;
import io.remo.intake.control.BuiltInInterviewer;
import io.remo.intake.control.IntakeLimits;
import io.remo.intake.control.Interviewer;
import io.remo.intake.control.LlmInterviewer;
import io.remo.intake.control.LlmSettings;
import io.remo.natives.api.TextEmbeddings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The intake's interviewer: the built-in one (word lists, then sentence embeddings where they run out), or, when an
 * OpenAI-compatible endpoint is configured, a language model that falls back to the built-in one on any failure.
 */
@ApplicationScoped
public class Interviewers {

    @Inject
    TextEmbeddings embeddings;

    @Inject
    @ConfigProperty(name = "remo.intake.max-answer-chars")
    int maxAnswerChars;

    @Inject
    @ConfigProperty(name = "remo.intake.llm.base-url")
    Optional<URI> llmBaseUrl;

    @Inject
    @ConfigProperty(name = "remo.intake.llm.model")
    String llmModel;

    @Inject
    @ConfigProperty(name = "remo.intake.llm.api-key")
    Optional<String> llmApiKey;

    @Inject
    @ConfigProperty(name = "remo.intake.llm.timeout")
    Duration llmTimeout;

    private volatile Interviewer interviewer;
    private LlmInterviewer llm;

    public Interviewer interviewer() {
        Interviewer current = interviewer;
        if (current == null) {
            synchronized (this) {
                current = interviewer;
                if (current == null) {
                    current = create();
                    interviewer = current;
                }
            }
        }
        return current;
    }

    private Interviewer create() {
        IntakeLimits defaults = IntakeLimits.DEFAULTS;
        IntakeLimits limits = new IntakeLimits(maxAnswerChars, defaults.maxPhraseChars(), defaults.maxClarificationChars(),
                defaults.maxNoteChars(), defaults.maxListItems(), defaults.maxReasks(), defaults.maxAnswers());
        var extractor = VocabularyExtractor.withFallback(
                new EmbeddingPhraseMatcher(embeddings::embed, EmbeddingPhraseMatcher.Thresholds.DEFAULTS),
                VocabularyExtractor.DEFAULT_MAX_SEMANTIC_LOOKUPS);
        var builtIn = new BuiltInInterviewer(extractor, limits);
        if (llmBaseUrl.isEmpty()) {
            return builtIn;
        }
        llm = new LlmInterviewer(LlmSettings.of(llmBaseUrl.get(), llmModel, llmApiKey.orElse(null)).withTimeout(llmTimeout),
                builtIn, limits);
        return llm;
    }

    @PreDestroy
    void close() {
        if (llm != null) {
            try {
                llm.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
