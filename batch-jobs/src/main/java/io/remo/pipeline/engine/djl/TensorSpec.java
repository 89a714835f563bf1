package io.remo.pipeline.engine.djl;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One tensor of a model's signature. A dimension is a number ("77"), a symbol bound per call ("B", "H"), or a symbol
 * divided by a number ("H/8": the latent height of an image H pixels high).
 *
 * @param name  the argument or output name (documentation: TorchScript passes tensors by position)
 * @param dtype "float32" or "int64"
 * @param shape the dimensions
 */
public record TensorSpec(String name, String dtype, List<String> shape) {

    static final Pattern DIMENSION = Pattern.compile("\\d+|[A-Za-z]\\w*(/[1-9]\\d*)?");
    static final List<String> DTYPES = List.of("float32", "int64");

    public TensorSpec {
        shape = List.copyOf(shape);
        if (!DTYPES.contains(dtype)) {
            throw new IllegalArgumentException(name + ": dtype " + dtype + " is not one of " + DTYPES);
        }
        for (String dimension : shape) {
            if (!DIMENSION.matcher(dimension).matches()) {
                throw new IllegalArgumentException(name + ": dimension '" + dimension + "' is neither a number, "
                        + "a symbol nor symbol/number");
            }
        }
    }

    static TensorSpec of(String name, String dtype, Object... dimensions) {
        return new TensorSpec(name, dtype, Arrays.stream(dimensions).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return name + ": " + dtype + " " + shape;
    }
}
