// Small DOM helpers: elements are built with h(), never from HTML strings, so text from the server or the person is
// always text.

export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2).toLowerCase(), value);
        } else if (name === 'class') {
            element.className = value;
        } else if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else if (name in element && typeof element[name] !== 'function' && !name.includes('-')) {
            element[name] = value;
        } else {
            element.setAttribute(name, value);
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : String(child));
        }
    }
}

/** Replaces the element's children. */
export function fill(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

/** A random UUID, also where crypto.randomUUID is missing (pages served over plain HTTP to another host). */
export function randomId() {
    if (crypto.randomUUID) {
        return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** "1 h 05 min" style, for the time left until a moment. */
export function timeLeft(until, now = Date.now()) {
    const seconds = Math.max(0, Math.floor((until - now) / 1000));
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor(seconds / 60) % 60;
    if (hours > 0) {
        return `${hours} h ${String(minutes).padStart(2, '0')} min`;
    }
    return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function money(cents, currency) {
    if (cents === null || cents === undefined) {
        return 'Price unknown';
    }
    try {
        return new Intl.NumberFormat(undefined, {style: 'currency', currency}).format(cents / 100);
    } catch {
        return `${(cents / 100).toFixed(2)} ${currency ?? ''}`.trim();
    }
}

/** A progress bar with its label, for a running job. */
export function progressBar(id, label) {
    const bar = h('progress', {id, max: 100, value: 0});
    const text = h('p', {class: 'progress-label', id: `${id}-label`}, label);
    bar.setAttribute('aria-labelledby', text.id);
    return {element: h('div', {class: 'progress'}, text, bar), bar, text};
}
