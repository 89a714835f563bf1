import {fill, h} from '../dom.js';

/** The fidelity metrics of a lasso revision, in the order and words the person reads them. */
const METRICS = [
    {key: 'precision', label: 'Change inside your regions', format: percent},
    {key: 'recall', label: 'Your regions that changed', format: percent},
    {key: 'iou', label: 'Overlap of change and regions (IoU)', format: percent},
    {key: 'growthRatio', label: 'Changed area ÷ region area', format: v => `${v.toFixed(2)} ×`},
    {key: 'maxChangeOutsideMask', label: 'Largest change outside the regions', format: v => `${v} of 255`},
];
const STATUS_TEXT = {pending: 'Waiting', generating: 'In progress', completed: 'Done', failed: 'Failed'};

function percent(value) {
    return `${(value * 100).toFixed(1)} %`;
}

function formatMetric(value, format) {
    return typeof value === 'number' ? format(value) : '–';
}

function figure(url, caption) {
    return h('figure', {}, h('a', {href: url, target: '_blank', rel: 'noopener'}, h('img', {src: url, alt: caption})),
        h('figcaption', {}, caption));
}

/**
 * Every revision with the design before it and after it, the overlay of the regions, and the fidelity metrics. It is
 * drawn again only when a revision changed, so the images are not fetched again with every state.
 */
export function revisionHistory() {
    const list = h('ol', {class: 'history', id: 'revision-history'});
    const element = h('section', {class: 'revisions', 'aria-labelledby': 'history-title', hidden: true},
        h('h3', {id: 'history-title'}, 'Revision history'), list);
    let shown = null;

    function item(revision, before) {
        const metrics = revision.metrics;
        return h('li', {class: 'revision card', dataset: {revision: revision.revisionNumber, status: revision.status}},
            h('h4', {}, `Revision ${revision.revisionNumber}: `,
                revision.type === 'lasso' ? 'circled changes' : 'whole design again',
                h('span', {class: `badge status-${revision.status}`}, STATUS_TEXT[revision.status] ?? revision.status)),
            revision.url ? h('div', {class: 'before-after'}, before ? figure(before, 'Before') : null,
                figure(revision.url, 'After')) : null,
            revision.overlayUrl ? h('details', {}, h('summary', {}, 'Show the circled regions'),
                figure(revision.overlayUrl, 'Regions on the result')) : null,
            metrics ? h('dl', {class: 'metrics'}, METRICS.filter(m => m.key in metrics).map(m => [
                h('dt', {}, m.label), h('dd', {dataset: {metric: m.key}}, formatMetric(metrics[m.key], m.format))])) : null,
            revision.failureCode ? h('p', {class: 'failure'}, `Not applied (${revision.failureCode}).`) : null);
    }

    return {
        element,
        update(state) {
            const revisions = [...(state.revisions ?? [])].sort((a, b) => a.revisionNumber - b.revisionNumber);
            const signature = JSON.stringify(revisions.map(r => [r.revisionNumber, r.status, r.imageId, r.overlayImageId]));
            if (signature === shown) {
                return;
            }
            shown = signature;
            element.hidden = revisions.length === 0;
            let before = (state.options ?? []).find(o => o.selected)?.url ?? null;
            const items = [];
            for (const revision of revisions) {
                items.push(item(revision, before));
                if (revision.url) {
                    before = revision.url;
                }
            }
            fill(list, items.reverse());
        },
    };
}
