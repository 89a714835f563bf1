package io.remo.revision.api;

/**
 * One thing wrong with a revision payload.
 *
 * @param code    stable code
 * @param field   path of the offending value, e.g. {@code regions[1].pathPoints[3].x} (indexes from 0)
 * @param message for people
 */
public record RevisionViolation(RevisionCode code, String field, String message) {
}
