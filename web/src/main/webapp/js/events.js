// The project's live events over SSE. EventSource cannot send the Authorization header, so each connection opens
// with a fresh single-use ticket (POST events/ticket) and the long-lived token never appears in a URL. A ticket works
// once, so the browser's own reconnect cannot succeed: every failure closes the source and this opens a new one,
// with a new ticket, after a growing pause. A new stream begins with the current state, so nothing is lost between.

const MAX_PAUSE_MS = 30_000;

export class EventStream {
    /**
     * @param api      projectApi of the project
     * @param handlers {state, progress, complete, error, connected(boolean), gone()}
     */
    constructor(api, handlers) {
        this.api = api;
        this.handlers = handlers;
        this.failures = 0;
        this.closed = false;
        this.source = null;
        this.timer = null;
    }

    async open() {
        let ticket;
        try {
            ticket = await this.api.streamTicket();
        } catch (failure) {
            if (failure.status === 404) {
                this.close();
                this.handlers.gone();
            } else {
                this.retryLater();
            }
            return;
        }
        if (this.closed) {
            return;
        }
        const source = new EventSource(this.api.eventsUrl(ticket.ticket));
        this.source = source;
        source.addEventListener('open', () => {
            this.failures = 0;
            this.handlers.connected(true);
        });
        for (const name of ['state', 'progress', 'complete']) {
            source.addEventListener(name, event => this.handlers[name](JSON.parse(event.data)));
        }
        source.addEventListener('error', event => {
            // The server's own "error" events arrive on the same name as connection failures; only they carry data.
            if (event instanceof MessageEvent) {
                this.handlers.error(JSON.parse(event.data));
                return;
            }
            source.close();
            this.handlers.connected(false);
            this.retryLater();
        });
    }

    retryLater() {
        if (this.closed) {
            return;
        }
        const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** this.failures);
        this.failures += 1;
        this.timer = setTimeout(() => this.open(), pause);
    }

    close() {
        this.closed = true;
        clearTimeout(this.timer);
        this.source?.close();
    }
}
