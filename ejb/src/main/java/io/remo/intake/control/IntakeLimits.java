package io.remo.intake.control;

/**
 * The bounds of the intake.
 *
 * @param maxAnswerChars        an answer is cut to this many characters before it is read
 * @param maxPhraseChars        longest pain point or keep item kept
 * @param maxClarificationChars longest inspiration clarification kept
 * @param maxNoteChars          longest inspiration note carried into the brief (the contract allows 200)
 * @param maxListItems          most values kept per list field of the brief
 * @param maxReasks             how often a question is asked again after an empty or off-topic answer before
 *                              the interview moves on
 * @param maxAnswers            after this many answers the interview completes with what it has
 */
public record IntakeLimits(
        int maxAnswerChars,
        int maxPhraseChars,
        int maxClarificationChars,
        int maxNoteChars,
        int maxListItems,
        int maxReasks,
        int maxAnswers) {

    public static final IntakeLimits DEFAULTS = new IntakeLimits(2000, 80, 200, 200, 8, 1, 30);

    public IntakeLimits {
        if (maxAnswerChars < 1 || maxPhraseChars < 1 || maxClarificationChars < 1 || maxNoteChars < 1
                || maxListItems < 1
                || maxReasks < 0 || maxAnswers < 1) {
            throw new IllegalArgumentException("intake limits out of range");
        }
    }
}
