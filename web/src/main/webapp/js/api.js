// The Remo API as the page calls it. Every project call carries the project's bearer token; failures are ApiErrors
// built from the application/problem+json body, so screens switch on error.code.
import {randomId} from './dom.js';

const BASE = '/api/v1/';

export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail ?? `The server answered ${status}.`);
        this.status = status;
        this.code = problem?.code ?? null;
        this.field = problem?.field ?? null;
        this.problem = problem ?? {};
    }
}

async function problemOf(response) {
    try {
        return await response.json();
    } catch {
        return null;
    }
}

/**
 * One request. A POST carries an Idempotency-Key, and is sent once more with the same key when the network failed
 * on the way: the server then answers the first attempt's response instead of acting twice.
 */
async function request(method, path, {token, body, headers = {}, idempotent = method === 'POST'} = {}) {
    const init = {method, headers: {Accept: 'application/json, application/problem+json', ...headers}};
    if (token) {
        init.headers.Authorization = `Bearer ${token}`;
    }
    if (body instanceof FormData) {
        init.body = body;
    } else if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers['Content-Type'] = 'application/json';
    }
    if (idempotent) {
        init.headers['Idempotency-Key'] = randomId();
    }
    let response;
    try {
        response = await fetch(BASE + path, init);
    } catch (networkFailure) {
        if (!idempotent) {
            throw networkFailure;
        }
        response = await fetch(BASE + path, init);
    }
    if (!response.ok) {
        throw new ApiError(response.status, await problemOf(response));
    }
    if (response.status === 204) {
        return null;
    }
    const type = response.headers.get('Content-Type') ?? '';
    return type.includes('json') ? response.json() : response.blob();
}

export function createProject(deviceId) {
    return request('POST', 'projects', {headers: {'X-Device-ID': deviceId}});
}

/** The calls on one project, for the holder of its {id, token}. */
export function projectApi({id, token}) {
    const path = suffix => `projects/${id}${suffix ? `/${suffix}` : ''}`;
    const get = suffix => request('GET', path(suffix), {token});
    const post = (suffix, body) => request('POST', path(suffix), {token, body});
    return {
        id,
        state: () => get('state'),
        // No Idempotency-Key: a replayed answer would hand out a ticket that is already used.
        streamTicket: () => request('POST', path('events/ticket'), {token, idempotent: false}),
        eventsUrl: ticket => `${BASE}${path('events')}?ticket=${encodeURIComponent(ticket)}`,
        uploadPhoto(type, file, note) {
            const form = new FormData();
            form.append('type', type);
            if (note) {
                form.append('note', note);
            }
            form.append('file', file, file.name);
            return post('photos', form);
        },
        deletePhoto: photoId => request('DELETE', path(`photos/${photoId}`), {token}),
        photosReady: () => post('photos/ready'),
        uploadScan(dimensionsJson, rawScan) {
            const form = new FormData();
            form.append('dimensions', dimensionsJson);
            if (rawScan) {
                form.append('scan', rawScan, rawScan.name);
            }
            return post('scan', form);
        },
        skipScan: () => post('scan/skip'),
        intakeMessage: (mode, content) => post('intake/message', {mode, content}),
        confirmIntake: () => post('intake/confirm'),
        skipIntake: () => post('intake/skip'),
        generate: () => post('generate'),
        cancelJob: () => post('jobs/current/cancel'),
        selectOption: optionIndex => post('select-option', {optionIndex}),
        revise: revision => post('revisions', revision),
        approve: () => post('approve'),
        startOver: () => post('start-over'),
        shoppingList: () => get('shopping-list'),
        shoppingListPdf: () => request('GET', path('shopping-list.pdf'), {token, headers: {Accept: 'application/pdf'}}),
        delete: () => request('DELETE', path(''), {token}),
    };
}
