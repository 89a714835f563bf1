/**
 * The revision payload, shared by the API layer (which validates it) and the batch jobs (which render it): plain
 * records, so that JSON-B maps them without annotations, and a validator that reports every violation with a stable
 * {@link io.remo.revision.api.RevisionCode} and the path of the offending field.
 * <p>
 * Geometry is exact: points are snapped to a 2^24 grid per image side and every predicate (orientation, segment
 * intersection, point location, polygon overlap) is then computed in integer arithmetic, so collinear overlaps,
 * shared vertices and touching regions are decided without rounding. Regions may share an edge or a vertex; their
 * interiors may not meet. Brush strokes are not part of the overlap check (they may reach into a neighbour); the
 * renderer composites regions one after the other, so a later region wins where two masks meet.
 */
package io.remo.revision.api;
