/**
 * Lasso revisions: the masks, the edit, the proof that nothing else changed, and the overlay.
 *
 * <h2>Pipeline</h2>
 * {@link io.remo.revision.LassoRevisionRenderer} takes a payload validated by
 * {@code io.remo.revision.api.RevisionValidator} and, region by region in payload order:
 * <ol>
 * <li>rasterizes the lasso with exact anti-aliased coverage ({@code mask.PolygonRaster}); for replace, remove,
 * resize and reposition refines it to the object it circles with grabCut, never beyond the lasso dilated by
 * {@code refineMargin} ({@code mask.MaskRefiner}); change_finish keeps the lasso as drawn;</li>
 * <li>applies the brush strokes, in order ({@code mask.BrushRaster}): the person's corrections have the last word;</li>
 * <li>feathers the result outwards over {@code featherRadius} (6 px at 1024 wide) into the editor's mask, and, for
 * resize and reposition, adds where the content lands to form the <em>footprint</em>;</li>
 * <li>has the engine's {@code RegionEditor} edit the image, and composites the edit over the image so far with the
 * feathered footprint as weight ({@code fidelity.Compositor}).</li>
 * </ol>
 * Then it measures the result against the base ({@code fidelity.FidelityMeter}) and draws the numbered overlay.
 *
 * <h2>The promise, and what is measured</h2>
 * The <em>support</em> of a region is its footprint dilated by the feather radius (a square of 2r + 1, the exact reach
 * of the feather). The compositor copies the base wherever the weight is 0, and the feather is clipped to the
 * support, so <strong>every pixel outside the union of supports keeps its bytes</strong>: {@code maxChangeOutsideMask}
 * is 0 and {@code changedOutsideSupport} is 0 by construction, whatever the editor returns (the tests check it on
 * every action, and with an editor output that differs from the base everywhere). The verify step should fail a
 * revision on any other value: it would mean a bug, not a bad edit.
 * <p>
 * Precision is below 1 by design: the feather ring outside the mask changes too, partly. At most the whole ring
 * changes, so precision is at least A / (A + L r) for a region of area A and outline length L (pixels), feather
 * radius r; for a 100 x 100 px region at r = 6 that is 0.81. Measured with the classical editor on the synthetic room
 * (1024 x 768, change threshold 8):
 * <table>
 * <caption>Fidelity of classical edits after compositing</caption>
 * <tr><th>edit</th><th>mask px</th><th>precision</th><th>recall</th><th>IoU</th><th>growth</th></tr>
 * <tr><td>replace sofa (refined)</td><td>49 987</td><td>0.905</td><td>1.000</td><td>0.905</td><td>1.105</td></tr>
 * <tr><td>remove sofa</td><td>49 987</td><td>0.991</td><td>1.000</td><td>0.990</td><td>1.009</td></tr>
 * <tr><td>remove picture</td><td>6 439</td><td>0.944</td><td>1.000</td><td>0.944</td><td>1.059</td></tr>
 * <tr><td>change_finish door (lasso)</td><td>57 225</td><td>0.897</td><td>1.000</td><td>0.897</td><td>1.115</td></tr>
 * <tr><td>change_finish rug (lasso)</td><td>161 850</td><td>0.941</td><td>0.999</td><td>0.940</td><td>1.062</td></tr>
 * <tr><td>reposition lamp (footprint)</td><td>14 340</td><td>0.879</td><td>1.000</td><td>0.879</td><td>1.137</td></tr>
 * <tr><td>resize table x 0.6</td><td>9 639</td><td>0.945</td><td>0.767</td><td>0.734</td><td>0.812</td></tr>
 * </table>
 * So for regions of a few thousand pixels and more, precision is at least 0.85 (asserted by the tests) and recall at
 * least 0.95 for replace, remove and change_finish. Recall is legitimately lower for a shrink (the shrunken content
 * itself is unchanged) and is no quality gate for resize and reposition.
 */
package io.remo.revision;
