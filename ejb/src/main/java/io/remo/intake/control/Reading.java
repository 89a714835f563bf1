package io.remo.intake.control;

import io.remo.brief.prompt.Mention;
import java.util.List;

/**
 * What one answer says, before it is applied to the draft.
 *
 * @param mentions     vocabulary values, in order (a complaint's look words already turned negative: "it's so dark"
 *                     is no wish for dim light)
 * @param correction   the answer corrects something said before
 * @param painPoints   complaints about the room as it is
 * @param keepItems    things to keep
 * @param keepRemovals things no longer to keep
 * @param clarification what the person said about the inspiration photo asked about, or null
 * @param noPreference the whole answer says "no preference" / "nothing"
 * @param aboutTheRoom the answer talks about the room, even if nothing in it could be used
 */
record Reading(List<Mention> mentions, boolean correction, List<String> painPoints, List<String> keepItems,
        List<String> keepRemovals, String clarification, boolean noPreference, boolean aboutTheRoom) {

    static final Reading NOTHING = new Reading(List.of(), false, List.of(), List.of(), List.of(), null, false, false);
    static final Reading NO_PREFERENCE = new Reading(List.of(), false, List.of(), List.of(), List.of(), null, true,
            true);

    Reading {
        mentions = List.copyOf(mentions);
        painPoints = List.copyOf(painPoints);
        keepItems = List.copyOf(keepItems);
        keepRemovals = List.copyOf(keepRemovals);
    }

    /** Something in the answer can go into the brief. */
    boolean understood() {
        return !mentions.isEmpty() || !painPoints.isEmpty() || !keepItems.isEmpty() || !keepRemovals.isEmpty()
                || clarification != null;
    }
}
