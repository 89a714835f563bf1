package io.remo.brief.control;

import io.remo.brief.api.DesignBrief;
import java.util.List;

/**
 * The interviewer's answer to one intake message: what it says, the chips to offer, which brief fields are filled and
 * which remain, the brief so far (with its summary) and whether the interview is complete.
 */
public record IntakeReply(String mode, String reply, List<String> suggestions, List<String> filledFields,
                          List<String> remainingFields, DesignBrief brief, List<String> summary, boolean complete,
                          String answeredBy) {
}
