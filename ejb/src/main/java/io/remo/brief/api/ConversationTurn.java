package io.remo.brief.api;

import java.time.Instant;

/** One message of the intake conversation; {@code role} is "user" or "assistant". */
public record ConversationTurn(String role, String content, Instant timestamp) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
}
