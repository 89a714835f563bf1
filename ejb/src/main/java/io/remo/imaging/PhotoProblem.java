package io.remo.imaging;

/** Why a room photo is not good enough, with what to do about it. The names are stable API codes. */
public enum PhotoProblem {
    PHOTO_TOO_SMALL("The photo is too small: take it with the phone's main camera at full resolution, not a screenshot or a"
            + " cropped copy."),
    PHOTO_BLURRY("The photo is blurry: hold the phone still with both hands, tap the screen to focus, and take it again."),
    PHOTO_TOO_DARK("The photo is too dark: turn on the lights or open the curtains, and take it again."),
    PHOTO_TOO_BRIGHT("The photo is too bright: don't aim at a window or a lamp; stand with the light behind you and take it"
            + " again."),
    PHOTO_DUPLICATE("This photo shows the same view as another one of this room: take it from another corner."),
    NOT_A_ROOM("This doesn't look like a room: stand in a corner and take in the walls, the floor and the furniture.");

    private final String advice;

    PhotoProblem(String advice) {
        this.advice = advice;
    }

    /** One sentence for the person holding the phone. */
    public String advice() {
        return advice;
    }
}
