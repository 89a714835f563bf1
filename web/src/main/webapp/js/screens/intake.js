import {fill, h} from '../dom.js';
import {session} from '../session.js';

const MODES = [
    {mode: 'quick', title: 'Quick', text: 'Three questions'},
    {mode: 'full', title: 'Thorough', text: 'About ten questions'},
    {mode: 'open', title: 'In my words', text: 'Describe it freely; we ask what is missing'},
];

/**
 * The intake conversation: a mode, then questions with suggested answers as chips, and the brief as it forms. The
 * conversation is kept in the browser (the server keeps the brief, not the transcript), so a reload shows it again.
 */
export function intakeScreen(ctx, state) {
    let transcript = session.transcript(ctx.projectId);
    if (transcript && transcript.mode !== state.brief?.intakeMode) {
        transcript = null;
    }
    if (!transcript && state.brief?.intakeMode && state.brief.intakeMode !== 'skipped') {
        // Started elsewhere or before the transcript was kept: the brief so far is on the server.
        transcript = {mode: state.brief.intakeMode, turns: [], suggestions: [], summary: state.brief.summary ?? [],
            remaining: [], complete: false, resumed: true};
    }

    const element = h('section', {class: 'intake', 'aria-labelledby': 'intake-title'});
    const skip = h('button', {type: 'button', id: 'skip-intake', class: 'secondary'}, 'Skip: design from the photos alone');
    skip.addEventListener('click', () => ctx.run(skip, async () => {
        const view = await ctx.api.skipIntake();
        session.forgetTranscript(ctx.projectId);
        ctx.apply(view);
    }));

    function save() {
        session.saveTranscript(ctx.projectId, transcript);
    }

    function took(reply, said) {
        if (!transcript || transcript.mode !== reply.mode) {
            transcript = {mode: reply.mode, turns: []};
        }
        if (said) {
            transcript.turns.push({role: 'user', text: said});
        }
        transcript.turns.push({role: 'assistant', text: reply.reply});
        Object.assign(transcript, {suggestions: reply.suggestions ?? [], summary: reply.summary ?? [],
            remaining: reply.remainingFields ?? [], complete: reply.complete, resumed: false});
        save();
        render();
    }

    function showModes() {
        const buttons = MODES.map(m => {
            const button = h('button', {type: 'button', class: 'mode', dataset: {mode: m.mode}},
                h('strong', {}, m.title), h('span', {}, m.text));
            button.addEventListener('click', () => ctx.run(buttons, async () => took(await ctx.api.intakeMessage(m.mode, null))));
            return button;
        });
        fill(element,
            h('h2', {id: 'intake-title'}, 'Tell us about the room'),
            h('p', {}, 'A few questions about who uses the room, what bothers you and the feel you want. How much time do you have?'),
            h('div', {class: 'modes', role: 'group', 'aria-label': 'How to answer'}, buttons),
            h('div', {class: 'actions'}, skip));
    }

    function showConversation() {
        const chat = h('ol', {class: 'chat', id: 'chat', 'aria-live': 'polite', 'aria-label': 'Conversation'},
            transcript.turns.map(turn => h('li', {class: `turn ${turn.role}`},
                h('span', {class: 'visually-hidden'}, turn.role === 'user' ? 'You: ' : 'Remo: '), turn.text)));
        const answer = h('textarea', {id: 'answer', rows: 2, maxLength: 2000, required: true,
            placeholder: transcript.complete ? 'Anything to add?' : 'Your answer'});
        const send = h('button', {type: 'submit', id: 'send-answer', class: transcript.complete ? 'secondary' : 'primary'}, 'Send');
        const chips = (transcript.suggestions ?? []).map(text => {
            const chip = h('button', {type: 'button', class: 'chip'}, text);
            chip.addEventListener('click', () => say(text, [chip, send]));
            return chip;
        });
        const form = h('form', {id: 'answer-form', class: 'answer'},
            h('label', {for: 'answer', class: 'visually-hidden'}, 'Your answer'), answer, send);
        form.addEventListener('submit', event => {
            event.preventDefault();
            const text = answer.value.trim();
            if (text) {
                say(text, [send]);
            }
        });
        const confirm = h('button', {type: 'button', id: 'confirm-brief', class: transcript.complete ? 'primary' : 'secondary'},
            'Confirm the brief and design');
        confirm.addEventListener('click', () => ctx.run(confirm, async () => {
            const view = await ctx.api.confirmIntake();
            session.forgetTranscript(ctx.projectId);
            ctx.apply(view);
        }));
        const restart = h('button', {type: 'button', class: 'link', id: 'restart-intake'}, 'Start the questions again');
        restart.addEventListener('click', () => {
            session.forgetTranscript(ctx.projectId);
            transcript = null;
            render();
        });
        const summary = transcript.summary ?? [];
        fill(element,
            h('h2', {id: 'intake-title'}, 'Tell us about the room'),
            transcript.resumed ? h('p', {class: 'hint'}, 'Your answers so far are kept below; add to them or confirm.') : null,
            chat,
            chips.length ? h('div', {class: 'chips', id: 'chips', role: 'group', 'aria-label': 'Suggested answers'}, chips) : null,
            form,
            h('aside', {class: 'brief card', id: 'brief-summary', 'aria-labelledby': 'brief-title'},
                h('h3', {id: 'brief-title'}, transcript.complete ? 'Your brief is ready' : 'Your brief so far'),
                summary.length ? h('ul', {}, summary.map(line => h('li', {}, line)))
                    : h('p', {class: 'hint'}, 'Nothing yet.'),
                transcript.remaining?.length && !transcript.complete
                    ? h('p', {class: 'hint'}, `Still to cover: ${transcript.remaining.join(', ').replaceAll('_', ' ')}.`) : null,
                confirm),
            h('div', {class: 'actions'}, restart, skip));
        if (!transcript.complete) {
            answer.focus({preventScroll: true});
        }
        chat.lastElementChild?.scrollIntoView({block: 'nearest'});
    }

    function say(text, buttons) {
        ctx.run(buttons, async () => took(await ctx.api.intakeMessage(transcript.mode, text), text));
    }

    function render() {
        if (transcript) {
            showConversation();
        } else {
            showModes();
        }
    }

    render();
    return {
        element,
        update() {
        },
    };
}
