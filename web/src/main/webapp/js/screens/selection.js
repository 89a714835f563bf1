import {fill, h} from '../dom.js';

const NAMES = ['A', 'B'];

/** The two options side by side; choosing one starts the refinement. */
export function selectionScreen(ctx, initial) {
    const options = h('div', {class: 'options', id: 'options'});
    const startOver = h('button', {type: 'button', id: 'start-over', class: 'link'}, 'Neither: back to the questions');
    startOver.addEventListener('click', () => ctx.run(startOver, async () => ctx.apply(await ctx.api.startOver())));

    let shown = null;

    function update(state) {
        // Only new options are drawn again: every state carries freshly signed URLs of the same images.
        const signature = (state.options ?? []).map(o => o.imageId).join();
        if (signature === shown) {
            return;
        }
        shown = signature;
        fill(options, (state.options ?? []).map(option => {
            const choose = h('button', {type: 'button', class: 'primary choose-option', dataset: {option: option.optionIndex}},
                `Choose ${NAMES[option.optionIndex]}`);
            choose.addEventListener('click', () => ctx.run(choose,
                async () => ctx.apply(await ctx.api.selectOption(option.optionIndex))));
            return h('figure', {class: 'option'},
                h('a', {href: option.url, target: '_blank', rel: 'noopener'},
                    h('img', {src: option.url, alt: `Design option ${NAMES[option.optionIndex]}`})),
                h('figcaption', {}, h('span', {}, `Option ${NAMES[option.optionIndex]}`), choose));
        }));
    }

    update(initial);
    return {
        element: h('section', {class: 'selection', 'aria-labelledby': 'selection-title'},
            h('h2', {id: 'selection-title'}, 'Choose a design'),
            h('p', {}, 'You can refine the one you choose up to five times.'),
            options,
            h('div', {class: 'actions'}, startOver)),
        update,
    };
}
