import {fill, h} from '../dom.js';
import {LassoEditor, MAX_REGIONS, REGION_COLOURS} from '../lasso-editor.js';
import {jobPanel} from './job.js';
import {revisionHistory} from './revisions.js';

const ACTIONS = [
    {action: 'replace', label: 'Replace it'},
    {action: 'remove', label: 'Remove it'},
    {action: 'change_finish', label: 'Change colour or finish'},
    {action: 'resize', label: 'Make it bigger or smaller'},
    {action: 'reposition', label: 'Move it'},
];
const INSTRUCTION = {min: 10, max: 500};
const FEEDBACK = {min: 10, max: 1000};

/** What a region asks for, as the revision API takes it. */
function payloadOf(region) {
    const payload = {
        pathPoints: region.pathPoints,
        action: region.action,
        instruction: region.instruction.trim(),
        avoidTokens: [],
        styleNudges: [],
        brushStrokes: region.brushStrokes,
    };
    if (region.action === 'resize') {
        payload.scale = region.scale;
    }
    if (region.action === 'reposition') {
        payload.offset = region.offset;
    }
    return payload;
}

/**
 * Refinement: circle up to three things on the design, say what to do with each, and send them as one revision; or
 * ask for the whole design again. The history shows every revision before and after, with how faithfully the change
 * kept to the circled regions. Approval ends it.
 */
export function iterationScreen(ctx, initial) {
    let state = initial;
    const regions = [];
    let active = -1;
    let imageId = null;

    const image = h('img', {id: 'design-image', alt: 'Your design', draggable: false});
    const canvas = h('canvas', {id: 'lasso-canvas', 'aria-label': 'Drawing area: draw a loop around what should change'});
    const stage = h('div', {class: 'stage'}, image, canvas);
    const editor = new LassoEditor(image, canvas, regions, {
        changed: () => renderRegions(),
        selected: index => selectRegion(index),
        refused: message => ctx.notify(message, 'error'),
    });

    const toolButtons = [
        {tool: 'lasso', label: 'Lasso'},
        {tool: 'add', label: 'Brush +'},
        {tool: 'subtract', label: 'Brush −'},
    ].map(({tool, label}) => {
        const button = h('button', {type: 'button', class: 'tool', dataset: {tool}}, label);
        button.addEventListener('click', () => useTool(tool));
        return button;
    });

    function useTool(tool) {
        editor.setTool(tool);
        toolButtons.forEach(b => b.setAttribute('aria-pressed', String(b.dataset.tool === tool)));
    }

    useTool('lasso');
    const brushSize = h('input', {type: 'range', id: 'brush-size', min: 4, max: 160, value: 32});
    brushSize.addEventListener('input', () => { editor.brushSize = Number(brushSize.value); });
    const undo = h('button', {type: 'button', id: 'undo', class: 'tool'}, 'Undo');
    undo.addEventListener('click', () => editor.undo());

    const regionList = h('ol', {class: 'regions', id: 'regions', 'aria-label': 'Regions to change'});
    const submit = h('button', {type: 'submit', id: 'submit-revision', class: 'primary'}, 'Apply the changes');
    const revisionsLeft = h('p', {class: 'hint', id: 'revisions-left'});
    const lassoForm = h('form', {id: 'lasso-form', class: 'lasso', novalidate: true},
        h('div', {class: 'toolbar', role: 'toolbar', 'aria-label': 'Drawing tools'}, toolButtons,
            h('label', {class: 'brush-size'}, 'Brush size', brushSize), undo),
        h('p', {class: 'hint'}, `Draw a loop around up to ${MAX_REGIONS} things to change. The brush adds to or takes `
            + 'from the selected region.'),
        regionList,
        h('div', {class: 'actions'}, submit, revisionsLeft));
    lassoForm.addEventListener('submit', event => {
        event.preventDefault();
        const problem = regionProblem();
        if (problem) {
            ctx.notify(problem, 'error');
            return;
        }
        ctx.run(submit, async () => {
            const view = await ctx.api.revise({type: 'lasso', regions: regions.map(payloadOf)});
            regions.splice(0);
            editor.select(-1);
            useTool('lasso');
            renderRegions();
            ctx.apply(view);
        });
    });

    const feedback = h('textarea', {id: 'feedback', rows: 3, minLength: FEEDBACK.min, maxLength: FEEDBACK.max,
        placeholder: 'e.g. Lighter overall, with more plants and less black'});
    const regenerate = h('button', {type: 'submit', id: 'regenerate', class: 'secondary'}, 'Redesign everything');
    const regenerateForm = h('form', {id: 'regenerate-form'},
        h('label', {class: 'field'}, 'What should be different?', feedback), regenerate);
    regenerateForm.addEventListener('submit', event => {
        event.preventDefault();
        const text = feedback.value.trim();
        if (text.length < FEEDBACK.min) {
            ctx.notify(`Say in at least ${FEEDBACK.min} characters what should be different.`, 'error');
            return;
        }
        ctx.run(regenerate, async () => {
            ctx.apply(await ctx.api.revise({type: 'full_regenerate', feedback: text}));
            feedback.value = '';
        });
    });
    const regenerateBlock = h('details', {class: 'regenerate card'},
        h('summary', {}, 'Or redesign the whole room again'), regenerateForm);

    const panel = jobPanel(ctx, {title: 'Applying your changes'});
    const history = revisionHistory();
    const approve = h('button', {type: 'button', id: 'approve', class: 'primary'}, 'Approve this design');
    approve.addEventListener('click', () => ctx.run(approve, async () => ctx.apply(await ctx.api.approve())));
    const startOver = h('button', {type: 'button', id: 'start-over', class: 'link'}, 'Start over from the questions');
    startOver.addEventListener('click', () => ctx.run(startOver, async () => ctx.apply(await ctx.api.startOver())));
    const limitReached = h('p', {class: 'hint', id: 'limit-reached', hidden: true},
        'All revisions are used: approve the design, or start over.');

    function regionProblem() {
        if (!regions.length) {
            return 'Draw a loop around what should change first.';
        }
        for (const [index, region] of regions.entries()) {
            const length = region.instruction.trim().length;
            if (length < INSTRUCTION.min || length > INSTRUCTION.max) {
                return `Region ${index + 1}: say in ${INSTRUCTION.min} to ${INSTRUCTION.max} characters what to do.`;
            }
        }
        return null;
    }

    function selectRegion(index) {
        active = index;
        editor.select(index);
        regionList.querySelectorAll('.region').forEach((item, i) => item.classList.toggle('active', i === index));
    }

    function regionItem(region, index) {
        if (!region.action) {
            Object.assign(region, {action: 'replace', instruction: '', scale: 1.2, offset: {x: 0.1, y: 0}});
        }
        const id = `region-${index + 1}`;
        const action = h('select', {id: `${id}-action`, class: 'region-action'},
            ACTIONS.map(a => h('option', {value: a.action, selected: a.action === region.action}, a.label)));
        const instruction = h('textarea', {id: `${id}-instruction`, class: 'region-instruction', rows: 2,
            maxLength: INSTRUCTION.max, placeholder: 'e.g. A low oak sideboard instead of the shelf'}, region.instruction);
        const counter = h('span', {class: 'counter'});
        const scale = h('input', {type: 'number', id: `${id}-scale`, min: 0.25, max: 4, step: 0.05, value: region.scale});
        const offsetX = h('input', {type: 'number', id: `${id}-offset-x`, min: -1, max: 1, step: 0.01, value: region.offset.x});
        const offsetY = h('input', {type: 'number', id: `${id}-offset-y`, min: -1, max: 1, step: 0.01, value: region.offset.y});
        const scaleField = h('label', {class: 'field'}, 'Scale (1 keeps the size)', scale);
        const offsetField = h('fieldset', {class: 'offset'}, h('legend', {}, 'Move by (fraction of the image)'),
            h('label', {}, 'right', offsetX), h('label', {}, 'down', offsetY));
        const remove = h('button', {type: 'button', class: 'link'}, 'Remove region');

        const refresh = () => {
            scaleField.hidden = region.action !== 'resize';
            offsetField.hidden = region.action !== 'reposition';
            fill(counter, `${region.instruction.trim().length} / ${INSTRUCTION.max}`);
        };
        action.addEventListener('change', () => { region.action = action.value; refresh(); });
        instruction.addEventListener('input', () => { region.instruction = instruction.value; refresh(); });
        scale.addEventListener('input', () => { region.scale = Number(scale.value); });
        offsetX.addEventListener('input', () => { region.offset.x = Number(offsetX.value); });
        offsetY.addEventListener('input', () => { region.offset.y = Number(offsetY.value); });
        remove.addEventListener('click', () => {
            regions.splice(index, 1);
            renderRegions();
            selectRegion(Math.min(active, regions.length - 1));
        });
        refresh();

        const swatch = h('span', {class: 'swatch', 'aria-hidden': 'true'});
        swatch.style.background = REGION_COLOURS[index];
        const item = h('li', {class: `region card${index === active ? ' active' : ''}`, id, dataset: {region: index + 1}},
            h('h4', {}, swatch, `Region ${index + 1}`,
                region.brushStrokes.length ? h('span', {class: 'hint'}, ` · ${region.brushStrokes.length} brush `
                    + (region.brushStrokes.length === 1 ? 'stroke' : 'strokes')) : null),
            h('label', {class: 'field'}, 'What to do', action),
            h('label', {class: 'field'}, 'How', instruction, counter),
            scaleField, offsetField, remove);
        item.addEventListener('focusin', () => selectRegion(index));
        item.addEventListener('click', () => selectRegion(index));
        return item;
    }

    function renderRegions() {
        fill(regionList, regions.map(regionItem));
        submit.disabled = regions.length === 0 || Boolean(state.job);
    }

    function update(view) {
        state = view;
        const latest = state.latestImage;
        if (latest && latest.imageId !== imageId) {
            imageId = latest.imageId;
            image.src = latest.url;
        }
        panel.update(state);
        const running = Boolean(state.job);
        const canRevise = state.allowedActions.includes('revise');
        lassoForm.hidden = !canRevise && !running;
        canvas.hidden = lassoForm.hidden;
        regenerateBlock.hidden = !canRevise;
        submit.disabled = running || regions.length === 0;
        regenerate.disabled = running;
        fill(revisionsLeft, `${state.revisionsLeft} of ${state.revisionsLeft + state.iterationCount} revisions left`);
        limitReached.hidden = canRevise || running;
        approve.hidden = !state.allowedActions.includes('approve');
        startOver.hidden = !state.allowedActions.includes('start_over');
        history.update(state);
    }

    const element = h('section', {class: 'iteration', 'aria-labelledby': 'iteration-title'},
        h('h2', {id: 'iteration-title'}, 'Refine your design'),
        stage, lassoForm, limitReached, panel.element, regenerateBlock,
        h('div', {class: 'actions finish'}, approve, startOver),
        history.element);
    renderRegions();
    update(initial);
    return {
        element,
        update,
        progress: panel.progress,
        failed: panel.failed,
        destroy: () => editor.destroy(),
    };
}
