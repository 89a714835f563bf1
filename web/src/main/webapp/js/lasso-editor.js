// Drawing on the design: lasso regions (closed polygons) and brush strokes that add to or take from the selected
// region, all in coordinates normalized to the image (0..1), which is what the revision API takes. The canvas lies
// over the <img>, so the image itself never has to be readable by script (it comes from another origin).

export const MAX_REGIONS = 3;
export const REGION_COLOURS = ['#e4572e', '#2e86ab', '#8e44ad'];
const MAX_POINTS = 500;
const MIN_STEP = 0.003;          // points closer than this to the previous one add nothing
const MIN_AREA = 0.0005;         // smallest region the server takes, as a fraction of the image
const BRUSH_REFERENCE_WIDTH = 1024;

/** At most MAX_POINTS points, evenly picked, keeping the first and the last. */
function capped(points) {
    if (points.length <= MAX_POINTS) {
        return points;
    }
    const step = (points.length - 1) / (MAX_POINTS - 1);
    return Array.from({length: MAX_POINTS}, (_, i) => points[Math.round(i * step)]);
}

function polygonArea(points) {
    let twice = 0;
    for (let i = 0; i < points.length; i++) {
        const a = points[i];
        const b = points[(i + 1) % points.length];
        twice += a.x * b.y - b.x * a.y;
    }
    return Math.abs(twice) / 2;
}

export class LassoEditor {
    /**
     * @param image    the <img> the canvas covers
     * @param canvas   the drawing surface
     * @param regions  the regions, shared with the form: objects with {pathPoints, brushStrokes}
     * @param listener {changed(), selected(index), refused(message)}
     */
    constructor(image, canvas, regions, listener) {
        this.image = image;
        this.canvas = canvas;
        this.regions = regions;
        this.listener = listener;
        this.tool = 'lasso';
        this.brushSize = 32;
        this.active = -1;
        this.drawing = null;      // the path or stroke under the pointer
        this.context = canvas.getContext('2d');
        canvas.addEventListener('pointerdown', event => this.down(event));
        canvas.addEventListener('pointermove', event => this.move(event));
        canvas.addEventListener('pointerup', event => this.up(event));
        canvas.addEventListener('pointercancel', () => { this.drawing = null; this.draw(); });
        this.resizeObserver = new ResizeObserver(() => this.fit());
        this.resizeObserver.observe(image);
        image.addEventListener('load', () => this.fit());
    }

    destroy() {
        this.resizeObserver.disconnect();
    }

    setTool(tool) {
        this.tool = tool;
        this.canvas.dataset.tool = tool;
    }

    select(index) {
        this.active = index;
        this.draw();
    }

    /** Removes the last brush stroke of the selected region, else the last region. */
    undo() {
        const region = this.regions[this.active];
        if (region?.brushStrokes.length) {
            region.brushStrokes.pop();
        } else if (this.regions.length) {
            this.regions.pop();
            this.active = this.regions.length - 1;
        }
        this.listener.changed();
        this.draw();
    }

    fit() {
        const ratio = window.devicePixelRatio || 1;
        const width = this.image.clientWidth;
        const height = this.image.clientHeight;
        this.canvas.style.width = `${width}px`;
        this.canvas.style.height = `${height}px`;
        this.canvas.width = Math.round(width * ratio);
        this.canvas.height = Math.round(height * ratio);
        this.draw();
    }

    point(event) {
        const box = this.canvas.getBoundingClientRect();
        const clamp = v => Math.min(1, Math.max(0, v));
        return {x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height)};
    }

    down(event) {
        if (event.button !== 0) {
            return;
        }
        if (this.tool === 'lasso' && this.regions.length >= MAX_REGIONS) {
            this.listener.refused(`At most ${MAX_REGIONS} regions: remove one to draw another.`);
            return;
        }
        if (this.tool !== 'lasso' && !this.regions[this.active]) {
            this.listener.refused('Draw a region first: the brush adds to or takes from the selected region.');
            return;
        }
        event.preventDefault();
        this.canvas.setPointerCapture(event.pointerId);
        this.drawing = {points: [this.point(event)]};
        this.draw();
    }

    move(event) {
        if (!this.drawing) {
            return;
        }
        const next = this.point(event);
        const last = this.drawing.points[this.drawing.points.length - 1];
        if (Math.hypot(next.x - last.x, next.y - last.y) >= MIN_STEP) {
            this.drawing.points.push(next);
            this.draw();
        }
    }

    up(event) {
        if (!this.drawing) {
            return;
        }
        const points = capped(this.drawing.points);
        this.drawing = null;
        this.canvas.releasePointerCapture(event.pointerId);
        if (this.tool === 'lasso') {
            if (points.length < 3 || polygonArea(points) < MIN_AREA) {
                this.listener.refused('That region is too small: draw a loop around what should change.');
            } else {
                this.regions.push({pathPoints: points, brushStrokes: []});
                this.active = this.regions.length - 1;
                this.listener.changed();
                this.listener.selected(this.active);
            }
        } else {
            this.regions[this.active].brushStrokes.push({
                points, mode: this.tool === 'subtract' ? 'subtract' : 'add', size: this.brushSize,
            });
            this.listener.changed();
        }
        this.draw();
    }

    /** Brush diameter on the canvas, in canvas pixels. */
    brushWidth(size) {
        return size / BRUSH_REFERENCE_WIDTH * this.canvas.width;
    }

    trace(context, points, close) {
        const {width, height} = this.canvas;
        context.beginPath();
        points.forEach((p, i) => (i === 0 ? context.moveTo(p.x * width, p.y * height) : context.lineTo(p.x * width, p.y * height)));
        if (close) {
            context.closePath();
        }
    }

    /** A region as the server will see it: the polygon, plus the add strokes, less the subtract strokes. */
    regionMask(region, colour) {
        const mask = document.createElement('canvas');
        mask.width = this.canvas.width;
        mask.height = this.canvas.height;
        const context = mask.getContext('2d');
        context.fillStyle = colour;
        context.strokeStyle = colour;
        context.lineCap = 'round';
        context.lineJoin = 'round';
        this.trace(context, region.pathPoints, true);
        context.fill();
        for (const stroke of region.brushStrokes) {
            context.globalCompositeOperation = stroke.mode === 'subtract' ? 'destination-out' : 'source-over';
            context.lineWidth = this.brushWidth(stroke.size);
            this.trace(context, stroke.points.length === 1 ? [stroke.points[0], stroke.points[0]] : stroke.points, false);
            context.stroke();
        }
        return mask;
    }

    draw() {
        const context = this.context;
        const {width, height} = this.canvas;
        const ratio = window.devicePixelRatio || 1;
        context.clearRect(0, 0, width, height);
        this.regions.forEach((region, index) => {
            const colour = REGION_COLOURS[index];
            context.globalAlpha = index === this.active ? 0.45 : 0.3;
            context.drawImage(this.regionMask(region, colour), 0, 0);
            context.globalAlpha = 1;
            context.strokeStyle = colour;
            context.lineWidth = (index === this.active ? 3 : 2) * ratio;
            this.trace(context, region.pathPoints, true);
            context.stroke();
            const first = region.pathPoints[0];
            context.fillStyle = colour;
            context.font = `bold ${16 * ratio}px system-ui, sans-serif`;
            context.fillText(String(index + 1), first.x * width + 4 * ratio, first.y * height - 4 * ratio);
        });
        if (this.drawing) {
            const lasso = this.tool === 'lasso';
            context.strokeStyle = lasso ? '#ffffff' : this.tool === 'subtract' ? '#222222' : REGION_COLOURS[this.active];
            context.lineWidth = lasso ? 2 * ratio : this.brushWidth(this.brushSize);
            context.lineCap = 'round';
            context.setLineDash(lasso ? [6 * ratio, 4 * ratio] : []);
            this.trace(context, this.drawing.points, false);
            context.stroke();
            context.setLineDash([]);
        }
    }
}
