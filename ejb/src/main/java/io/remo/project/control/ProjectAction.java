package io.remo.project.control;

import io.remo.platform.control.WireName;

/** What a client can ask of a project; GET state lists the ones allowed now (DESIGN.md §2). */
public enum ProjectAction implements WireName {
    UPLOAD_PHOTO,
    REQUEST_PHOTO_UPLOAD,
    CONFIRM_PHOTO_UPLOAD,
    VALIDATE_PHOTO,
    DELETE_PHOTO,
    PHOTOS_READY,
    UPLOAD_SCAN,
    SKIP_SCAN,
    INTAKE_MESSAGE,
    CONFIRM_INTAKE,
    SKIP_INTAKE,
    GENERATE,
    CANCEL_JOB,
    SELECT_OPTION,
    REVISE,
    APPROVE,
    START_OVER,
    DELETE
}
