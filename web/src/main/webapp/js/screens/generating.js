import {h} from '../dom.js';
import {jobPanel} from './job.js';

/** The two options being generated: live progress, cancel, and after a failure the retry or a way back. */
export function generatingScreen(ctx, initial) {
    const panel = jobPanel(ctx, {
        title: 'Designing two options',
        retry: {label: 'Try again', allowedAction: 'generate', action: () => ctx.api.generate()},
    });
    const startOver = h('button', {type: 'button', id: 'start-over', class: 'link'}, 'Back to the questions');
    startOver.addEventListener('click', () => ctx.run(startOver, async () => ctx.apply(await ctx.api.startOver())));
    const element = h('section', {class: 'generating', 'aria-labelledby': 'generating-title'},
        h('h2', {id: 'generating-title'}, 'Your designs are on their way'),
        h('p', {}, 'Remo keeps your walls, windows and doors where they are and redesigns the rest, twice.'),
        panel.element,
        h('div', {class: 'actions'}, startOver));

    function update(state) {
        panel.update(state);
        startOver.hidden = !state.allowedActions.includes('start_over');
    }

    update(initial);
    return {element, update, progress: panel.progress, failed: panel.failed};
}
