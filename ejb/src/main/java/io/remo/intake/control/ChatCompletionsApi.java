package io.remo.intake.control;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.Closeable;
import java.util.List;

/** The part of the OpenAI chat-completions API the intake uses, as a MicroProfile Rest Client interface. */
@Path("/chat/completions")
public interface ChatCompletionsApi extends Closeable {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    ChatResponse complete(@HeaderParam("Authorization") String authorization, ChatRequest request);

    record ChatRequest(
            String model,
            List<ChatMessage> messages,
            double temperature,
            @JsonbProperty("max_tokens") int maxTokens,
            @JsonbProperty("response_format") ResponseFormat responseFormat) {
    }

    record ChatMessage(String role, String content) {
    }

    /** {"type": "json_object"}: the model must answer with one JSON object. */
    record ResponseFormat(String type) {
    }

    record ChatResponse(List<Choice> choices) {
    }

    record Choice(ChatMessage message) {
    }
}
