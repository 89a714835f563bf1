import {fill, h} from '../dom.js';

/** What the dimensions file says, in one line, or an error when it is not the JSON the phone's scan writes. */
function describeDimensions(text) {
    let dimensions;
    try {
        dimensions = JSON.parse(text);
    } catch {
        return {error: 'This file is not JSON. Choose the dimensions file your phone’s room scan saved.'};
    }
    const room = dimensions?.room;
    if (!room || typeof room !== 'object') {
        return {error: 'This JSON has no "room" with the room’s size; is it the scan’s dimensions file?'};
    }
    const unit = room.unit ?? 'm';
    const parts = [`Room ${room.width} × ${room.length} ${unit}`];
    if (room.height) {
        parts.push(`${room.height} ${unit} high`);
    }
    if (Array.isArray(dimensions.walls)) {
        parts.push(`${dimensions.walls.length} walls`);
    }
    if (Array.isArray(dimensions.openings)) {
        parts.push(`${dimensions.openings.length} doors and windows`);
    }
    return {summary: parts.join(', ')};
}

/** The optional room scan: the dimensions JSON (and the raw scan file, if any), or skipping it. */
export function scanScreen(ctx) {
    let dimensionsText = null;
    const dimensionsInput = h('input', {type: 'file', id: 'dimensions-file', accept: '.json,application/json'});
    const rawInput = h('input', {type: 'file', id: 'raw-scan-file', accept: '.usdz,.obj,.ply'});
    const preview = h('p', {class: 'hint', id: 'dimensions-preview', 'aria-live': 'polite'});
    const upload = h('button', {type: 'submit', id: 'upload-scan', class: 'primary', disabled: true}, 'Use this scan');
    const skip = h('button', {type: 'button', id: 'skip-scan', class: 'secondary'}, 'Skip: I have no scan');

    dimensionsInput.addEventListener('change', async () => {
        const [file] = dimensionsInput.files;
        dimensionsText = null;
        upload.disabled = true;
        if (!file) {
            fill(preview);
            return;
        }
        const text = await file.text();
        const described = describeDimensions(text);
        preview.classList.toggle('error', Boolean(described.error));
        fill(preview, described.error ?? described.summary);
        if (!described.error) {
            dimensionsText = text;
            upload.disabled = false;
        }
    });

    const form = h('form', {id: 'scan-form', class: 'card'},
        h('label', {class: 'field'}, 'Dimensions file (JSON)', dimensionsInput),
        preview,
        h('label', {class: 'field'}, 'Raw scan (USDZ, OBJ or PLY; optional)', rawInput),
        upload);
    form.addEventListener('submit', event => {
        event.preventDefault();
        ctx.run(upload, async () => ctx.apply(await ctx.api.uploadScan(dimensionsText, rawInput.files[0] ?? null)))
            .then(() => { upload.disabled = dimensionsText === null; });
    });
    skip.addEventListener('click', () => ctx.run(skip, async () => ctx.apply(await ctx.api.skipScan())));

    return {
        element: h('section', {class: 'scan', 'aria-labelledby': 'scan-title'},
            h('h2', {id: 'scan-title'}, 'Room scan'),
            h('p', {}, 'If your phone scanned the room, add the dimensions file it saved: the shopping list then only '
                + 'suggests products that fit, with room to walk around them.'),
            form,
            h('div', {class: 'actions'}, skip)),
        update() {
        },
    };
}
