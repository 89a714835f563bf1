import {fill, h} from '../dom.js';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif';
const ROOM_PHOTOS = 2;
const INSPIRATION_PHOTOS = 3;
const STATUS_TEXT = {pending: 'Checking…', passed: 'Looks good', failed: 'Not usable'};

/**
 * Room and inspiration photos: each upload shows its preview at once, then the server's checks (which arrive on the
 * event stream) as a status on the photo.
 */
export function photosScreen(ctx, initial) {
    const uploads = [];   // photos on their way up: {type, note, preview, error}
    // Every state signs the photo URLs anew: a photo keeps its first <img> so that it is not downloaded again.
    const images = new Map();
    // One upload at a time: each one changes the project, and concurrent changes are refused (CONCURRENT_UPDATE).
    let queue = Promise.resolve();
    let state = initial;

    const roomList = h('ul', {class: 'photo-grid', id: 'room-photos', 'aria-label': 'Room photos'});
    const inspirationList = h('ul', {class: 'photo-grid', id: 'inspiration-photos', 'aria-label': 'Inspiration photos'});
    const roomInput = h('input', {type: 'file', id: 'room-file', accept: ACCEPT, multiple: true, class: 'visually-hidden'});
    const inspirationInput = h('input', {type: 'file', id: 'inspiration-file', accept: ACCEPT, class: 'visually-hidden'});
    const noteInput = h('input', {type: 'text', id: 'inspiration-note', maxLength: 200,
        placeholder: 'e.g. I love the warm wood here'});
    const roomPicker = h('label', {class: 'button secondary file-button', for: 'room-file'}, 'Add room photos', roomInput);
    const inspirationPicker = h('label', {class: 'button secondary file-button', for: 'inspiration-file'},
        'Add an inspiration photo', inspirationInput);
    const roomCount = h('span', {class: 'count'});
    const inspirationCount = h('span', {class: 'count'});
    const ready = h('button', {type: 'button', id: 'photos-ready', class: 'primary'}, 'Continue');
    const readyHint = h('p', {class: 'hint', id: 'photos-ready-hint'});
    ready.setAttribute('aria-describedby', readyHint.id);

    roomInput.addEventListener('change', () => {
        const files = [...roomInput.files];
        roomInput.value = '';
        files.forEach(file => upload('room', file, null));
    });
    inspirationInput.addEventListener('change', () => {
        const [file] = inspirationInput.files;
        inspirationInput.value = '';
        if (file) {
            upload('inspiration', file, noteInput.value.trim() || null);
            noteInput.value = '';
        }
    });
    ready.addEventListener('click', () => ctx.run(ready, async () => ctx.apply(await ctx.api.photosReady())));

    function upload(type, file, note) {
        const entry = {type, note, preview: URL.createObjectURL(file), error: null};
        uploads.push(entry);
        render();
        queue = queue.then(() => send(entry, file));
    }

    async function send(entry, file) {
        const {type, note} = entry;
        try {
            await ctx.api.uploadPhoto(type, file, note);
            uploads.splice(uploads.indexOf(entry), 1);
            URL.revokeObjectURL(entry.preview);
            await ctx.refresh();
        } catch (error) {
            if (error.status === 404) {
                ctx.failed(error);
                return;
            }
            entry.error = error.message;
            render();
        }
    }

    function imageOf(photo) {
        let image = images.get(photo.id);
        if (!image) {
            image = h('img', {alt: photo.type === 'room' ? 'Room photo' : 'Inspiration photo'});
            images.set(photo.id, image);
        }
        if (!image.getAttribute('src') && photo.url) {
            image.src = photo.url;
        }
        return image;
    }

    function photoCard(photo) {
        const status = photo.validationStatus;
        const remove = h('button', {type: 'button', class: 'link remove-photo'}, 'Remove');
        remove.addEventListener('click', () => ctx.run(remove, async () => {
            await ctx.api.deletePhoto(photo.id);
            await ctx.refresh();
        }));
        return h('li', {class: `photo ${status}`, dataset: {photoId: photo.id, status}},
            imageOf(photo),
            h('p', {class: `badge status-${status}`}, STATUS_TEXT[status] ?? status),
            status === 'failed' ? h('p', {class: 'validation'}, photo.validationDetail ?? photo.validationError) : null,
            photo.note ? h('p', {class: 'note'}, `“${photo.note}”`) : null,
            state.allowedActions.includes('delete_photo') ? remove : null);
    }

    function uploadCard(entry) {
        const dismiss = h('button', {type: 'button', class: 'link'}, 'Dismiss');
        dismiss.addEventListener('click', () => {
            uploads.splice(uploads.indexOf(entry), 1);
            URL.revokeObjectURL(entry.preview);
            render();
        });
        return h('li', {class: `photo ${entry.error ? 'failed' : 'uploading'}`},
            h('img', {src: entry.preview, alt: 'Photo being uploaded'}),
            entry.error
                ? [h('p', {class: 'badge status-failed'}, 'Upload refused'), h('p', {class: 'validation'}, entry.error), dismiss]
                : h('p', {class: 'badge status-pending'}, 'Uploading…'));
    }

    function render() {
        const photos = state.photos ?? [];
        const rooms = photos.filter(p => p.type === 'room');
        const inspirations = photos.filter(p => p.type === 'inspiration');
        fill(roomList, rooms.map(photoCard), uploads.filter(u => u.type === 'room').map(uploadCard));
        fill(inspirationList, inspirations.map(photoCard), uploads.filter(u => u.type === 'inspiration').map(uploadCard));
        fill(roomCount, `${rooms.length} of ${ROOM_PHOTOS}`);
        fill(inspirationCount, `${inspirations.length} of ${INSPIRATION_PHOTOS}, optional`);
        const pendingRoom = uploads.filter(u => u.type === 'room' && !u.error).length;
        roomPicker.hidden = rooms.length + pendingRoom >= ROOM_PHOTOS;
        inspirationPicker.hidden = inspirations.length >= INSPIRATION_PHOTOS;
        noteInput.closest('label').hidden = inspirationPicker.hidden;
        const passed = rooms.filter(p => p.validationStatus === 'passed').length;
        ready.disabled = passed < ROOM_PHOTOS || !state.allowedActions.includes('photos_ready')
            || photos.some(p => p.validationStatus === 'pending');
        fill(readyHint, passed >= ROOM_PHOTOS ? 'Both room photos passed their checks.'
            : `Needs ${ROOM_PHOTOS} room photos that pass their checks (${passed} so far). A photo that did not pass `
            + 'can be removed and taken again.');
    }

    const element = h('section', {class: 'photos', 'aria-labelledby': 'photos-title'},
        h('h2', {id: 'photos-title'}, 'Photos of your room'),
        h('p', {}, 'Take two photos of the room from opposite corners, in good light, showing walls, floor and furniture.'),
        h('section', {'aria-labelledby': 'room-title'},
            h('h3', {id: 'room-title'}, 'Room ', roomCount), roomList, roomPicker),
        h('section', {'aria-labelledby': 'inspiration-title'},
            h('h3', {id: 'inspiration-title'}, 'Inspiration ', inspirationCount),
            h('p', {class: 'hint'}, 'Rooms you like, with a note on what you like about them.'),
            inspirationList,
            h('label', {class: 'field'}, 'Note for the next inspiration photo (optional)', noteInput),
            inspirationPicker),
        h('div', {class: 'actions'}, ready, readyHint));

    render();
    return {
        element,
        update(view) {
            state = view;
            render();
        },
    };
}
