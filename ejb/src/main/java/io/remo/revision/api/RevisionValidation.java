package io.remo.revision.api;

import java.util.List;

/**
 * What {@link RevisionValidator} found.
 *
 * @param request    the payload with its text cleaned (see {@link RevisionText}): the one to store and use
 * @param violations every violation, in payload order; empty when the payload is valid
 */
public record RevisionValidation(RevisionRequest request, List<RevisionViolation> violations) {

    public RevisionValidation {
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
