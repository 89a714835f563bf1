package io.remo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.brief.api.InspirationNote;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caller stores the state as JSON; a conversation goes on the same from the stored copy. */
class IntakeStateJsonTest {

    @Test
    void stateSurvivesAJsonRoundTrip() throws Exception {
        BuiltInInterviewer interviewer = new BuiltInInterviewer();
        Conversation c = Conversation.start(interviewer, IntakeMode.FULL,
                new IntakeContext(List.of(new InspirationNote(0, "love this rug", null))))
                .answer("lounge", "we have a dog", "too dark", "keep the green sofa");
        IntakeState state = c.last().state();

        Jsonb jsonb = JsonbBuilder.create();
        String json = jsonb.toJson(state);
        IntakeState stored = jsonb.fromJson(json, IntakeState.class);
        jsonb.close();

        assertThat(json).contains("\"mode\":\"FULL\"", "\"questionId\":\"lighting\"",
                "\"keepItems\":[\"the green sofa\"]");

        assertThat(stored).isEqualTo(state);
        assertThat(interviewer.answer(stored, "warm and cosy")).isEqualTo(interviewer.answer(state, "warm and cosy"));
    }
}
