import {fill, h, progressBar} from '../dom.js';

/** What each pipeline step is doing, in the person's words. */
const STEP_TEXT = {
    prepare: 'Preparing your photos',
    analyze: 'Reading the room: walls, floor, windows and furniture',
    generate: 'Drawing the designs',
    edit: 'Changing what you circled',
    render: 'Rendering the change',
    verify: 'Checking the result',
    publish: 'Almost there',
    match: 'Finding products',
    fit: 'Checking that they fit the room',
    document: 'Writing the shopping list',
};

function failureText(failure) {
    if (failure.code === 'JOB_CANCELLED') {
        return 'Stopped at your request.';
    }
    const during = STEP_TEXT[failure.failedStep];
    return `${during ? `${during}: ` : ''}${failure.message ?? failure.code}`;
}

/**
 * The panel of the project's job: progress from the state and from progress events, cancel while the server allows
 * it, and after a failure what went wrong and the retry (when the step allows it).
 */
export function jobPanel(ctx, {title, retry}) {
    const progress = progressBar('job-progress', 'Starting…');
    const cancel = h('button', {type: 'button', id: 'cancel-job', class: 'secondary'}, 'Cancel');
    cancel.addEventListener('click', () => ctx.run(cancel, async () => ctx.apply(await ctx.api.cancelJob())));
    const failure = h('p', {class: 'failure', id: 'job-failure', role: 'alert', hidden: true});
    const retryButton = retry ? h('button', {type: 'button', id: 'retry-job', class: 'primary'}, retry.label) : null;
    retryButton?.addEventListener('click', () => ctx.run(retryButton, async () => ctx.apply(await retry.action())));
    const element = h('section', {class: 'job card', id: 'job-panel', 'aria-labelledby': 'job-title'},
        h('h3', {id: 'job-title'}, title), progress.element, failure, h('div', {class: 'actions'}, cancel, retryButton));

    function show(step, percent, message) {
        progress.element.hidden = false;
        progress.bar.value = percent;
        fill(progress.text, message || STEP_TEXT[step] || 'Working…', ` (${percent} %)`);
    }

    return {
        element,
        update(state) {
            const running = Boolean(state.job);
            if (running) {
                show(state.job.step, state.job.progress);
            }
            progress.element.hidden = !running;
            cancel.hidden = !state.allowedActions.includes('cancel_job');
            failure.hidden = running || !state.lastFailure;
            if (!failure.hidden) {
                fill(failure, failureText(state.lastFailure));
            }
            if (retryButton) {
                retryButton.hidden = running || !state.allowedActions.includes(retry.allowedAction);
            }
            element.hidden = !running && failure.hidden && (!retryButton || retryButton.hidden);
        },
        progress(data) {
            element.hidden = false;
            show(data.step, data.progress, data.message);
        },
        failed(data) {
            element.hidden = false;
            progress.element.hidden = true;
            failure.hidden = false;
            fill(failure, failureText(data));
        },
    };
}
