import {fill, h, money} from '../dom.js';
import {jobPanel} from './job.js';

const FIT_TEXT = {fits: 'Fits', tight: 'Tight fit', too_large: 'Too large'};

/** The approved design and its shopping list: grouped, priced, with fit badges, and the list as a PDF. */
export function approvedScreen(ctx, initial) {
    const image = h('img', {id: 'final-image', alt: 'Your approved design'});
    const panel = jobPanel(ctx, {title: 'Finding products for your design'});
    const list = h('div', {class: 'shopping', id: 'shopping-list', 'aria-live': 'polite'});
    const pdf = h('a', {id: 'pdf-link', class: 'button secondary', download: 'remo-shopping-list.pdf', hidden: true},
        'Download the list (PDF)');
    let imageId = null;
    let loaded = false;

    function item(product) {
        const fit = product.fitStatus;
        return h('li', {class: 'product card'},
            product.imageUrl ? h('img', {src: product.imageUrl, alt: '', loading: 'lazy'}) : null,
            h('div', {class: 'product-text'},
                h('p', {class: 'wanted'}, product.itemDescription),
                h('h5', {}, product.productUrl
                    ? h('a', {href: product.productUrl, target: '_blank', rel: 'noopener'}, product.productName)
                    : product.productName),
                h('p', {class: 'retailer'}, product.retailer),
                h('p', {class: 'price'}, money(product.priceCents, product.currency),
                    product.sourceCurrency && product.sourceCurrency !== product.currency
                        ? h('span', {class: 'hint'}, ` (${money(product.sourcePriceCents, product.sourceCurrency)})`) : null),
                h('p', {},
                    h('span', {class: `badge fit-${fit ?? 'unknown'}`}, FIT_TEXT[fit] ?? 'Fit not checked (no scan)')),
                product.fitDetail ? h('p', {class: 'fit-detail'}, product.fitDetail) : null,
                product.whyMatched ? h('p', {class: 'why'}, product.whyMatched) : null,
                !product.productUrl && product.searchFallbackUrl
                    ? h('a', {href: product.searchFallbackUrl, target: '_blank', rel: 'noopener'}, 'Search for it') : null));
    }

    async function load() {
        loaded = true;
        const shopping = await ctx.api.shoppingList();
        const groups = shopping.groups ?? [];
        fill(list,
            groups.length === 0 ? h('p', {}, 'No products matched this design.') : null,
            groups.map(group => h('section', {class: 'group', 'aria-label': group.category},
                h('h4', {}, group.category, h('span', {class: 'count'}, ` ${group.items.length}`)),
                h('ul', {}, group.items.map(item)))),
            h('p', {class: 'total', id: 'shopping-total'}, 'Estimated total: ',
                h('strong', {}, money(shopping.totalEstimatedCost, shopping.currency))));
        // The PDF needs the bearer token, so it is fetched here and offered from memory.
        const file = await ctx.api.shoppingListPdf();
        pdf.href = URL.createObjectURL(file);
        pdf.hidden = false;
    }

    function update(state) {
        if (state.latestImage && state.latestImage.imageId !== imageId) {
            imageId = state.latestImage.imageId;
            image.src = state.latestImage.url;
        }
        panel.update(state);
        if (state.shoppingListReady && !loaded) {
            load().catch(error => {
                loaded = false;
                ctx.failed(error);
            });
        } else if (!state.shoppingListReady && !state.job && !state.lastFailure) {
            fill(list, h('p', {class: 'hint'}, 'Your shopping list is being prepared…'));
        }
    }

    const element = h('section', {class: 'approved', 'aria-labelledby': 'approved-title'},
        h('h2', {id: 'approved-title'}, 'Your design'),
        h('figure', {class: 'final'}, image),
        h('h3', {}, 'Shopping list'),
        panel.element,
        list,
        h('div', {class: 'actions'}, pdf));
    update(initial);
    return {
        element,
        update,
        progress: panel.progress,
        failed: panel.failed,
        destroy: () => pdf.href && URL.revokeObjectURL(pdf.href),
    };
}
