package io.remo.brief.prompt;

import java.util.Optional;

/** Maps a phrase the word lists do not know ("sun-drenched") onto the closest vocabulary value, if one is close. */
@FunctionalInterface
public interface PhraseMatcher {

    Optional<Term> match(String phrase);
}
