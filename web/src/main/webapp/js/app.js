// The reference web client: the phone's whole flow in a browser. The project's step (GET state, and the SSE "state"
// event) decides the screen; action responses and events bring new states, which the screen shown takes in without
// losing what the person is typing or drawing.
import {createProject, projectApi} from './api.js';
import {EventStream} from './events.js';
import {fill, h, timeLeft} from './dom.js';
import {session} from './session.js';
import {welcomeScreen} from './screens/welcome.js';
import {photosScreen} from './screens/photos.js';
import {scanScreen} from './screens/scan.js';
import {intakeScreen} from './screens/intake.js';
import {generatingScreen} from './screens/generating.js';
import {selectionScreen} from './screens/selection.js';
import {iterationScreen} from './screens/iteration.js';
import {approvedScreen} from './screens/approved.js';

const STEPS = [
    {step: 'photos', label: 'Photos', screen: photosScreen},
    {step: 'scan', label: 'Scan', screen: scanScreen},
    {step: 'intake', label: 'Brief', screen: intakeScreen},
    {step: 'generating', label: 'Design', screen: generatingScreen},
    {step: 'selection', label: 'Choose', screen: selectionScreen},
    {step: 'iteration', label: 'Refine', screen: iterationScreen},
    {step: 'approved', label: 'Shop', screen: approvedScreen},
];

const main = document.getElementById('screen');
const stepList = document.getElementById('steps');
const notice = document.getElementById('notice');
const footer = document.getElementById('project-footer');
const countdown = document.getElementById('purge-countdown');
const deleteDialog = document.getElementById('delete-dialog');

let project = null;      // {id, token}
let api = null;
let stream = null;
let state = null;
let screen = null;       // the mounted screen: {element, update(state), progress?, failed?, destroy?}
let screenStep = null;

function notify(message, kind = 'info') {
    notice.hidden = !message;
    notice.className = `notice ${kind}`;
    notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    fill(notice, message ?? '');
    if (message && kind === 'error') {
        notice.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    }
}

/** What every failure of an action comes to: a vanished project ends the session, anything else is shown. */
function failed(error) {
    if (error?.status === 404 && error.code === 'PROJECT_NOT_FOUND') {
        projectGone('This project no longer exists: it was deleted or its time ran out.');
        return;
    }
    notify(error?.message ?? String(error), 'error');
}

/** Runs an action of a button: the button waits while it runs; failures are shown. Returns the action's result. */
async function run(button, action) {
    const buttons = [button].flat().filter(Boolean);
    buttons.forEach(b => { b.disabled = true; b.setAttribute('aria-busy', 'true'); });
    notify(null);
    try {
        return await action();
    } catch (error) {
        failed(error);
        return undefined;
    } finally {
        buttons.forEach(b => { b.disabled = false; b.removeAttribute('aria-busy'); });
        screen?.update(state);
    }
}

function context() {
    return {
        api,
        projectId: project.id,
        apply,
        refresh: () => api.state().then(apply, failed),
        notify,
        failed,
        run,
    };
}

/** Takes in a new state of the project: the screen of its step, the step list and the purge countdown. */
function apply(view) {
    if (!view || !project || view.id !== project.id) {
        return;
    }
    state = view;
    renderSteps(view.step);
    renderCountdown();
    if (screenStep !== view.step) {
        screen?.destroy?.();
        const entry = STEPS.find(s => s.step === view.step);
        screen = entry.screen(context(), view);
        screenStep = view.step;
        fill(main, screen.element);
        main.dataset.step = view.step;
        main.focus({preventScroll: true});
        window.scrollTo(0, 0);
    } else {
        screen.update(view);
    }
}

function renderSteps(current) {
    stepList.hidden = false;
    const index = STEPS.findIndex(s => s.step === current);
    fill(stepList, STEPS.map((s, i) => h('li', {
        class: i < index ? 'done' : i === index ? 'current' : '',
        'aria-current': i === index ? 'step' : null,
    }, s.label)));
}

// Built once: the countdown ticks every second, and only its text changes.
const countdownTime = h('time');
const countdownReason = document.createTextNode('');
fill(countdown, 'Everything is deleted in ', h('strong', {}, countdownTime), countdownReason);

function renderCountdown() {
    footer.hidden = false;
    const purgeAt = new Date(state.purgeAt);
    countdownTime.dateTime = state.purgeAt;
    countdownTime.title = purgeAt.toLocaleString();
    countdownTime.textContent = timeLeft(purgeAt);
    countdownReason.textContent = state.step === 'approved' ? ', as the design is approved.' : ' unless you keep working on it.';
}

function showWelcome(message) {
    screen?.destroy?.();
    screen = null;
    screenStep = null;
    state = null;
    stepList.hidden = true;
    footer.hidden = true;
    main.dataset.step = 'welcome';
    fill(main, welcomeScreen({start: startProject, run}).element);
    notify(message, message ? 'info' : undefined);
}

async function startProject() {
    const created = await createProject(session.deviceId());
    session.remember(created);
    await openProject(created);
}

async function openProject(handle) {
    project = handle;
    api = projectApi(handle);
    let view;
    try {
        view = await api.state();
    } catch (error) {
        if (error.status === 404) {
            projectGone('Your earlier project is gone: it was deleted or its time ran out. Start a new one.');
        } else {
            notify(`Remo cannot be reached: ${error.message}`, 'error');
        }
        return;
    }
    apply(view);
    connect();
}

function connect() {
    stream = new EventStream(api, {
        state: apply,
        progress: data => screen?.progress?.(data),
        complete: data => (data.state ? apply(data.state) : context().refresh()),
        error: data => {
            screen?.failed?.(data);
            context().refresh();
        },
        connected: live => document.body.classList.toggle('offline', !live),
        gone: () => projectGone('This project no longer exists: it was deleted or its time ran out.'),
    });
    stream.open();
}

function projectGone(message) {
    stream?.close();
    stream = null;
    session.forget();
    project = null;
    api = null;
    showWelcome(message);
}

document.getElementById('delete-project').addEventListener('click', () => {
    deleteDialog.returnValue = '';
    deleteDialog.showModal();
});

deleteDialog.addEventListener('close', async () => {
    if (deleteDialog.returnValue !== 'delete' || !api) {
        return;
    }
    stream?.close();
    try {
        await api.delete();
        projectGone('Your project and everything in it were deleted.');
    } catch (error) {
        failed(error);
        connect();
    }
});

setInterval(() => state && renderCountdown(), 1000);

const remembered = session.project();
if (remembered) {
    openProject(remembered);
} else {
    showWelcome();
}
