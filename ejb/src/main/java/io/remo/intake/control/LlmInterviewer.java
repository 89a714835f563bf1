package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.prompt.TextSanitizer;
import io.remo.intake.control.ChatCompletionsApi.ChatMessage;
import io.remo.intake.control.ChatCompletionsApi.ChatRequest;
import io.remo.intake.control.ChatCompletionsApi.ChatResponse;
import io.remo.intake.control.ChatCompletionsApi.ResponseFormat;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * An interviewer backed by an OpenAI-compatible chat-completions endpoint, reached through the MicroProfile Rest
 * Client. Each answer is one request: the fixed system prompt, and the state as JSON data ({@link LlmExchange}).
 * The model's JSON answer is checked strictly; on any failure (HTTP error, timeout, unreadable or invalid JSON) the
 * built-in interviewer answers instead, from the same state, so the conversation goes on either way. The opening
 * turn is the built-in one: it is fixed, and costs no request.
 */
public final class LlmInterviewer implements Interviewer, Closeable {

    private static final Logger LOG = Logger.getLogger(LlmInterviewer.class.getName());
    /** RESTEasy's name for the connection pool size; other Rest Client implementations ignore it. */
    private static final String POOL_SIZE_PROPERTY = "resteasy.connectionPoolSize";

    private final LlmSettings settings;
    private final BuiltInInterviewer fallback;
    private final IntakeLimits limits;
    private final LlmExchange exchange;
    private final ChatCompletionsApi api;

    public LlmInterviewer(LlmSettings settings, BuiltInInterviewer fallback, IntakeLimits limits) {
        this.settings = settings;
        this.fallback = fallback;
        this.limits = limits;
        this.exchange = new LlmExchange(settings, limits);
        this.api = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUrl())
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(POOL_SIZE_PROPERTY, settings.maxConnections())
                .build(ChatCompletionsApi.class);
    }

    @Override
    public IntakeTurn start(IntakeMode mode, IntakeContext context) {
        return fallback.start(mode, context);
    }

    @Override
    public IntakeTurn answer(IntakeState state, String userMessage) {
        String text = TextSanitizer.plain(userMessage, limits.maxAnswerChars());
        if (state.mode() == IntakeMode.SKIPPED || text.isEmpty()) {
            return fallback.answer(state, userMessage);
        }
        try {
            List<String> remaining = state.complete() ? List.of()
                    : QuestionPlan.remaining(state.mode(), state.draft(), state.asked(), state.questionId());
            String content = ask(exchange.userMessage(state, text, remaining));
            return turn(state, exchange.parse(content, state.draft()));
        } catch (RuntimeException e) {
            // Whatever went wrong, the person gets an answer: the built-in interviewer's.
            LOG.log(Level.WARNING, "language model failed ({0}: {1}); built-in interviewer answers",
                    new Object[] {e.getClass().getSimpleName(), e.getMessage()});
            return fallback.answer(state, userMessage);
        }
    }

    @Override
    public DesignBrief confirm(IntakeState state) {
        return fallback.confirm(state);
    }

    /** Releases the pooled connections. */
    @Override
    public void close() throws IOException {
        api.close();
    }

    private String ask(String userMessage) {
        ChatRequest request = new ChatRequest(settings.model(),
                List.of(new ChatMessage("system", exchange.systemPrompt()), new ChatMessage("user", userMessage)),
                settings.temperature(), settings.maxTokens(), new ResponseFormat("json_object"));
        String authorization = settings.apiKey() == null || settings.apiKey().isBlank() ? null
                : "Bearer " + settings.apiKey();
        ChatResponse response = api.complete(authorization, request);
        if (response == null || response.choices() == null || response.choices().isEmpty()
                || response.choices().get(0).message() == null) {
            throw new LlmExchange.InvalidReply("no choice in the response");
        }
        return response.choices().get(0).message().content();
    }

    /**
     * The model's reading as a turn. The plan still names the current question (the one the model says it asks
     * about, or else the plan's next), so that the built-in interviewer can take over at any turn.
     */
    private IntakeTurn turn(IntakeState state, LlmExchange.Reply reply) {
        DesignBrief draft = Drafts.tidy(reply.brief(), limits.maxListItems());
        int answers = state.answers() + 1;
        boolean complete = reply.complete() || answers >= limits.maxAnswers();
        Optional<Question> question = complete ? Optional.empty()
                : reply.askingFor().flatMap(field -> QuestionPlan.of(state.mode(), draft).stream()
                        .filter(q -> q.fields().contains(field)).findFirst())
                        .or(() -> QuestionPlan.next(state.mode(), draft, state.asked()));
        List<String> asked = new ArrayList<>(state.asked());
        question.filter(q -> !asked.contains(q.id())).ifPresent(q -> asked.add(q.id()));
        IntakeState next = new IntakeState(state.mode(), draft, question.map(Question::id).orElse(null), 0, asked,
                answers, reply.reply(), complete);
        List<String> suggestions = !reply.suggestions().isEmpty() ? reply.suggestions()
                : question.map(Question::suggestions).orElse(Replies.CLOSING_SUGGESTIONS);
        return IntakeTurn.of(next, suggestions, Responder.LLM);
    }
}
