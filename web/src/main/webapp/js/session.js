// What the page keeps in the browser: the device id, the project's {id, token} and the intake transcript. The server
// keeps nothing for this client; everything else comes from GET state.

import {randomId} from './dom.js';

const DEVICE = 'remo.device';
const PROJECT = 'remo.project';
const TRANSCRIPT = 'remo.intake.';

function read(key) {
    try {
        return JSON.parse(localStorage.getItem(key));
    } catch {
        return null;
    }
}

export const session = {
    deviceId() {
        let id = localStorage.getItem(DEVICE);
        if (!id) {
            id = `web-${randomId()}`;
            localStorage.setItem(DEVICE, id);
        }
        return id;
    },

    project() {
        const project = read(PROJECT);
        return project?.id && project?.token ? project : null;
    },

    remember({id, token}) {
        localStorage.setItem(PROJECT, JSON.stringify({id, token}));
    },

    forget() {
        const project = read(PROJECT);
        if (project?.id) {
            localStorage.removeItem(TRANSCRIPT + project.id);
        }
        localStorage.removeItem(PROJECT);
    },

    /** The intake conversation so far: GET state has the brief, not the conversation that led to it. */
    transcript(projectId) {
        return read(TRANSCRIPT + projectId);
    },

    saveTranscript(projectId, transcript) {
        localStorage.setItem(TRANSCRIPT + projectId, JSON.stringify(transcript));
    },

    forgetTranscript(projectId) {
        localStorage.removeItem(TRANSCRIPT + projectId);
    },
};
