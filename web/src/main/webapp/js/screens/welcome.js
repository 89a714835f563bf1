import {h} from '../dom.js';

export function welcomeScreen({start, run}) {
    const button = h('button', {type: 'button', id: 'start-project', class: 'primary'}, 'Start a project');
    button.addEventListener('click', () => run(button, start));
    return {
        element: h('section', {class: 'welcome', 'aria-labelledby': 'welcome-title'},
            h('h2', {id: 'welcome-title'}, 'Redesign a room'),
            h('ol', {class: 'how'},
                h('li', {}, 'Photograph the room from two corners, and add photos you like.'),
                h('li', {}, 'Add your phone’s room scan, so products are checked to fit.'),
                h('li', {}, 'Answer a few questions about how you live in it.'),
                h('li', {}, 'Choose one of two designs and refine it: circle what to change.'),
                h('li', {}, 'Approve it and get a shopping list of real products.')),
            h('p', {class: 'privacy'}, 'Nothing is kept: your project is deleted 48 hours after you last touch it, '
                + '24 hours after you approve it, or the moment you ask.'),
            button),
        update() {
        },
    };
}
