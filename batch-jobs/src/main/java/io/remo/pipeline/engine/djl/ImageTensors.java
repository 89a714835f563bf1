package io.remo.pipeline.engine.djl;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.util.NDImageUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import java.nio.ByteBuffer;

/** Between the engine's 8-bit images and NCHW float tensors in [0, 1]. */
final class ImageTensors {

    private ImageTensors() {
    }

    /** [1, 3, H, W] in [0, 1]. */
    static NDArray rgb(NDManager manager, RgbImage image) {
        return manager.create(ByteBuffer.wrap(image.pixels()), new Shape(image.height(), image.width(), 3),
                        DataType.UINT8)
                .toType(DataType.FLOAT32, false).div(255f).transpose(2, 0, 1).expandDims(0);
    }

    /** [1, 1, H, W] in [0, 1]. */
    static NDArray gray(NDManager manager, GrayImage image) {
        return manager.create(ByteBuffer.wrap(image.pixels()), new Shape(1, 1, image.height(), image.width()),
                DataType.UINT8).toType(DataType.FLOAT32, false).div(255f);
    }

    /**
     * Resizes [N, C, H, W]: area averaging when shrinking (no aliasing), bilinear otherwise; {@code nearest} keeps
     * values as they are (masks at latent size, as diffusers' {@code interpolate} does).
     */
    static NDArray resize(NDArray images, int width, int height, boolean nearest) {
        Shape shape = images.getShape();
        if (shape.get(2) == height && shape.get(3) == width) {
            return images;
        }
        Image.Interpolation interpolation = nearest ? Image.Interpolation.NEAREST
                : width <= shape.get(3) && height <= shape.get(2) ? Image.Interpolation.AREA
                : Image.Interpolation.BILINEAR;
        return NDImageUtils.resize(images.transpose(0, 2, 3, 1), width, height, interpolation).transpose(0, 3, 1, 2);
    }

    /** From [1, 3, H, W] in [0, 1] (clipped, rounded to the nearest level). */
    static RgbImage toRgb(NDArray image) {
        Shape shape = image.getShape();
        byte[] pixels = image.get(0).clip(0f, 1f).mul(255f).round().toType(DataType.UINT8, false)
                .transpose(1, 2, 0).toByteArray();
        return new RgbImage((int) shape.get(3), (int) shape.get(2), pixels);
    }

    /** From [H, W] of byte levels 0 .. 255. */
    static GrayImage toGray(NDArray levels) {
        Shape shape = levels.getShape();
        return new GrayImage((int) shape.get(1), (int) shape.get(0),
                levels.toType(DataType.UINT8, false).toByteArray());
    }
}
