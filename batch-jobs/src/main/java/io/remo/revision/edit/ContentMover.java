package io.remo.revision.edit;

import io.remo.revision.cv.Box;
import io.remo.revision.mask.RegionMotion;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Resizes or moves a region's content: the region is first removed (inpainted) from the area, then its pixels, cut
 * out with the soft edit mask, are warped by the motion and laid over the result.
 */
public final class ContentMover {

    private ContentMover() {
    }

    /**
     * @param image    the whole image, 8-bit RGB
     * @param editMask the whole image's soft mask of the region, 8-bit
     * @param area     where the content is and goes, with room around for the inpainting to read from
     * @return the area's new pixels, a new matrix released with the caller's pointer scope
     */
    public static Mat move(Mat image, Mat editMask, RegionMotion motion, Box area, long seed) {
        Mat moved = new Mat();
        try (PointerScope scope = new PointerScope()) {
            Rect rect = area.rect();
            Mat background = Inpainter.fill(image.apply(rect), editMask.apply(rect), seed);
            Mat affine = motion.affine(area.x(), area.y());
            Size size = new Size(area.width(), area.height());
            Mat content = new Mat();
            Mat alpha = new Mat();
            opencv_imgproc.warpAffine(image, content, affine, size, opencv_imgproc.INTER_LINEAR,
                    opencv_core.BORDER_REPLICATE, new Scalar());
            opencv_imgproc.warpAffine(editMask, alpha, affine, size, opencv_imgproc.INTER_LINEAR,
                    opencv_core.BORDER_CONSTANT, new Scalar(0));
            byte[] under = bytes(background, 3);
            byte[] over = bytes(content, 3);
            byte[] weights = bytes(alpha, 1);
            for (int p = 0; p < weights.length; p++) {
                int weight = weights[p] & 0xFF;
                for (int i = 3 * p; i < 3 * p + 3 && weight > 0; i++) {
                    under[i] = (byte) (((under[i] & 0xFF) * (255 - weight) + (over[i] & 0xFF) * weight + 127) / 255);
                }
            }
            background.data().put(under);
            background.copyTo(moved);
        }
        return moved;
    }

    /** The pixels of a fresh (continuous) matrix. */
    private static byte[] bytes(Mat mat, int channels) {
        byte[] bytes = new byte[mat.rows() * mat.cols() * channels];
        mat.data().get(bytes);
        return bytes;
    }
}
