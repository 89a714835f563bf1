/**
 * The classical engine ({@link io.remo.pipeline.engine.classical.ClassicalEngine}, "classical-opencv/1"): room
 * analysis and restyling with OpenCV on the CPU, no learned models, deterministic for a given input and seed.
 *
 * <h2>Analysis</h2>
 * At a working size (long side at most 1024 by default):
 * <ol>
 *   <li><b>Edges</b> ({@link io.remo.pipeline.engine.classical.StructuralEdges}): Canny on a bilateral-filtered
 *       luminance, short contours dropped, so what remains is structure rather than texture.</li>
 *   <li><b>Lines and roll</b> ({@link io.remo.pipeline.engine.classical.LineGeometry},
 *       {@link io.remo.pipeline.engine.classical.Levelling}): probabilistic Hough segments; the median lean of the
 *       verticals gives the camera's roll, and a rolled photo is levelled before the layout is fitted.</li>
 *   <li><b>Layout</b> ({@link io.remo.pipeline.engine.classical.PerspectiveFit},
 *       {@link io.remo.pipeline.engine.classical.RoomLayout}): the room as a box in one-point perspective. The
 *       vanishing point is where most oblique segment length converges; the back wall is the rectangle whose sides
 *       lie on horizontal and vertical structure and whose corners continue along receding edges, found by an
 *       exhaustive, separable search.</li>
 *   <li><b>Segmentation</b> ({@link io.remo.pipeline.engine.classical.RoomSegmenter}): the layout labels every pixel
 *       WALL, FLOOR or CEILING; each surface's dominant colour is found, and pixels far from it form things, which
 *       become WINDOW, DOOR, FURNITURE or OTHER by position, size, shape and lightness.</li>
 *   <li><b>Depth</b> ({@link io.remo.pipeline.engine.classical.DepthEstimator}): the box's inverse depth (floor and
 *       ceiling nearer towards the image's lower and upper edges, side walls towards its sides, the back wall
 *       farthest), with furniture stood up at the distance of its foot.</li>
 *   <li><b>Room type</b> ({@link io.remo.pipeline.engine.classical.RoomTypeGuess}): a few cues (a sofa, a bed,
 *       cabinet fronts, tiles, a corridor), confidence at most 0.6.</li>
 * </ol>
 * Limits: the layout assumes a box seen from one side; corner views, open-plan or L-shaped rooms, and photos where
 * a rug or a sofa offers a longer edge than a mostly hidden floor-wall junction get a wrong back wall, and the
 * segmentation follows it. Things the colour of the surface behind them are not separated from it.
 *
 * <h2>Generation</h2>
 * {@link io.remo.pipeline.engine.classical.StylePlan} reads the brief for one option (faithful or bolder);
 * {@link io.remo.pipeline.engine.classical.Restyler} paints it at the output size: small things are inpainted away
 * (declutter), then each region moves to its target colour in Lab, keeping its shading (scaled to the new lightness)
 * and texture (strengthened or flattened by the floor finish), with region masks feathered by a guided filter that
 * follows the photo's edges; then white balance, exposure, the mood's contrast and saturation, and avoided colours
 * pushed out of reach. Walls, windows, doors and furniture stay where they are: nothing is moved, only repainted or
 * (small things) removed.
 */
package io.remo.pipeline.engine.classical;
