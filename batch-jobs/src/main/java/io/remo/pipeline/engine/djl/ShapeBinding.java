package io.remo.pipeline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one call of a model against its signature: the symbols (B, H, W) are bound by the first tensor that uses
 * them and every later tensor must agree, so a module that answers with other shapes than its manifest declares is
 * caught at the call, with both shapes in the message.
 */
final class ShapeBinding {

    private final String model;
    private final Map<String, Long> symbols = new HashMap<>();

    ShapeBinding(String model) {
        this.model = model;
    }

    void check(String direction, List<TensorSpec> specs, NDList arrays) {
        if (arrays.size() != specs.size()) {
            throw new ModelStoreException(model + ": " + arrays.size() + " " + direction + "s, its signature has "
                    + specs.size());
        }
        for (int i = 0; i < specs.size(); i++) {
            TensorSpec spec = specs.get(i);
            NDArray array = arrays.get(i);
            String dtype = dtype(array.getDataType());
            if (!spec.dtype().equals(dtype) || !fits(spec.shape(), array.getShape())) {
                throw new ModelStoreException(model + ": " + direction + " " + i + " (" + spec.name() + ") is "
                        + dtype + " " + array.getShape() + ", its signature says " + spec.dtype() + " "
                        + spec.shape() + " with " + symbols);
            }
        }
    }

    private boolean fits(List<String> dimensions, Shape shape) {
        if (shape.dimension() != dimensions.size()) {
            return false;
        }
        for (int i = 0; i < dimensions.size(); i++) {
            String dimension = dimensions.get(i);
            long actual = shape.get(i);
            if (Character.isDigit(dimension.charAt(0))) {
                if (Long.parseLong(dimension) != actual) {
                    return false;
                }
                continue;
            }
            int slash = dimension.indexOf('/');
            String symbol = slash < 0 ? dimension : dimension.substring(0, slash);
            long divisor = slash < 0 ? 1 : Long.parseLong(dimension.substring(slash + 1));
            Long bound = symbols.get(symbol);
            if (bound == null) {
                symbols.put(symbol, actual * divisor);
            } else if (bound % divisor != 0 || bound / divisor != actual) {
                return false;
            }
        }
        return true;
    }

    private static String dtype(DataType type) {
        return switch (type) {
            case FLOAT32 -> "float32";
            case INT64 -> "int64";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
