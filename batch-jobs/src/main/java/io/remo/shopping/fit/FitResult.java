package io.remo.shopping.fit;

/**
 * @param status null when the product's size is unknown
 * @param detail one sentence for people: "Wall A is 2.4 m — this bookcase is 2.0 m wide."
 */
public record FitResult(FitStatus status, String detail) {
}
