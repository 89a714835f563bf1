package io.remo.intake.control;

/** Which interviewer produced a turn: the language model, or the built-in one (also when the model failed). */
public enum Responder {
    BUILT_IN,
    LLM
}
