import {fill, h, progressBar} from '../dom.js';

/** What each pipeline step is doing, in the person's words. */
const STEP_TEXT = {
    prepare: 'Preparing your photos',
    analyze: 'Reading the room: walls, floor, windows and furniture',
    generate: 'Drawing the designs',
    edit: 'Changing what you asked for',
    verify: 'Checking the result',
    publish: 'Almost there',
    'find-items': 'Finding what is in your design',
    match: 'Matching real products that fit',
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

    // A cancelled run leaves no lastFailure in the state: its error event is kept until the next job starts.
    let streamedFailure = null;
    let running = false;
    let last = null;

    function show(step, percent, message) {
        progress.element.hidden = false;
        progress.bar.value = percent;
        fill(progress.text, message || STEP_TEXT[step] || 'Working…', ` (${percent} %)`);
    }

    function render(state) {
        const failed = running ? null : state.lastFailure ?? streamedFailure;
        progress.element.hidden = !running;
        cancel.hidden = !state.allowedActions.includes('cancel_job');
        failure.hidden = !failed;
        if (failed) {
            fill(failure, failureText(failed));
        }
        if (retryButton) {
            retryButton.hidden = running || !state.allowedActions.includes(retry.allowedAction);
        }
        element.hidden = !running && !failed && (!retryButton || retryButton.hidden);
    }

    return {
        element,
        update(state) {
            last = state;
            running = Boolean(state.job);
            if (running) {
                streamedFailure = null;
                show(state.job.step, state.job.progress);
            }
            render(state);
        },
        progress(data) {
            running = true;
            streamedFailure = null;
            element.hidden = false;
            show(data.step, data.progress, data.message);
        },
        failed(data) {
            running = false;
            streamedFailure = data;
            if (last) {
                render(last);
            }
        },
    };
}
