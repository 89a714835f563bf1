package io.remo.intake.control;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach an OpenAI-compatible chat-completions endpoint, and the bounds of what is asked and accepted.
 *
 * @param baseUrl            e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1; "/chat/completions" is
 *                           appended
 * @param model              model name sent with every request
 * @param apiKey             sent as a bearer token; null or blank for servers that need none
 * @param timeout            connect and read timeout of one request; past it the built-in interviewer answers
 * @param maxTokens          completion token limit per request
 * @param temperature        sampling temperature
 * @param maxResponseChars   a model reply longer than this is rejected unread
 * @param maxReplyChars      longest assistant message passed on to the phone
 * @param maxSuggestions     most chips passed on
 * @param maxSuggestionChars longest chip passed on
 * @param maxConnections     pooled connections to the endpoint (concurrent interviews)
 */
public record LlmSettings(
        URI baseUrl,
        String model,
        String apiKey,
        Duration timeout,
        int maxTokens,
        double temperature,
        int maxResponseChars,
        int maxReplyChars,
        int maxSuggestions,
        int maxSuggestionChars,
        int maxConnections) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public LlmSettings {
        if (baseUrl == null || model == null || model.isBlank() || timeout == null || timeout.isNegative()
                || timeout.isZero()) {
            throw new IllegalArgumentException("base URL, model and a positive timeout are required");
        }
        if (maxTokens < 1 || maxResponseChars < 1 || maxReplyChars < 1 || maxSuggestions < 0
                || maxSuggestionChars < 1 || maxConnections < 1) {
            throw new IllegalArgumentException("LLM limits out of range");
        }
    }

    /** The given endpoint, model and key, with default bounds. */
    public static LlmSettings of(URI baseUrl, String model, String apiKey) {
        return new LlmSettings(baseUrl, model, apiKey, DEFAULT_TIMEOUT, 800, 0.2, 20_000, 400, 6, 40, 8);
    }

    public LlmSettings withTimeout(Duration newTimeout) {
        return new LlmSettings(baseUrl, model, apiKey, newTimeout, maxTokens, temperature, maxResponseChars,
                maxReplyChars, maxSuggestions, maxSuggestionChars, maxConnections);
    }

    /** Keeps the key out of logs. */
    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "none" : "***") + ", timeout=" + timeout + "]";
    }
}
