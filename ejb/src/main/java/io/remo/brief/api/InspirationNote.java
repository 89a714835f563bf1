package io.remo.brief.api;

/**
 * @param photoIndex         position of the inspiration photo (0-based, in upload order)
 * @param note               what the person wrote on it (at most 200 characters)
 * @param agentClarification what the intake conversation learned about it, or null
 */
public record InspirationNote(int photoIndex, String note, String agentClarification) {
}
