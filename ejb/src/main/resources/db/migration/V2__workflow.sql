-- Everything a project holds. Every table carries project_id with ON DELETE CASCADE, so deleting the project row
-- removes all of it, and "nothing mentions the project any more" can be checked table by table.

create table photos (
    id                uuid        primary key,
    project_id        uuid        not null references projects (id) on delete cascade,
    type              varchar(16) not null check (type in ('room', 'inspiration')),
    storage_key       varchar(200),              -- null until the bytes arrived (direct upload not yet confirmed)
    upload_key        varchar(200),              -- where a direct (presigned) upload lands before it is checked
    note              varchar(200),
    validation_status varchar(16) not null check (validation_status in ('awaiting_upload', 'pending', 'passed', 'failed')),
    validation_error  varchar(64),
    validation_detail varchar(500),
    format            varchar(8),
    width             integer,
    height            integer,
    size_bytes        bigint,
    perceptual_hash   bigint,
    sort_order        integer     not null,
    created_at        timestamptz not null,
    check (note is null or type = 'inspiration')
);
create index photos_project_idx on photos (project_id, sort_order);

create table lidar_scans (
    id              uuid        primary key,
    project_id      uuid        not null unique references projects (id) on delete cascade,
    storage_key     varchar(200),
    room_dimensions jsonb       not null,
    raw_format      varchar(8)  check (raw_format in ('usdz', 'obj', 'ply')),
    file_size_bytes bigint,
    created_at      timestamptz not null
);

create table design_briefs (
    id                   uuid        primary key,
    project_id           uuid        not null unique references projects (id) on delete cascade,
    intake_mode          varchar(16) not null check (intake_mode in ('quick', 'full', 'open', 'skipped')),
    brief_data           jsonb       not null,
    conversation_history jsonb       not null,
    interview_state      jsonb,
    confirmed_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create table generated_images (
    id                     uuid        primary key,
    project_id             uuid        not null references projects (id) on delete cascade,
    type                   varchar(16) not null check (type in ('initial_option', 'revision', 'overlay')),
    option_index           integer     check (option_index in (0, 1)),
    revision_number        integer     check (revision_number between 1 and 5),
    storage_key            varchar(200) not null,
    thumbnail_key          varchar(200),
    webp_key               varchar(200),
    width                  integer     not null,
    height                 integer     not null,
    selected               boolean     not null default false,
    is_final               boolean     not null default false,
    generation_prompt      text,
    generation_model       varchar(64),
    seed                   bigint,
    generation_duration_ms bigint,
    quality                jsonb,
    generation             integer     not null default 1,  -- which generation run of the project made it (start-over counts)
    created_at             timestamptz not null
);
create index generated_images_project_idx on generated_images (project_id, type);
-- A re-run of the publish step must not add a second image for the same option of the same run.
create unique index generated_images_option_once on generated_images (project_id, generation, option_index)
    where type = 'initial_option';

create table revisions (
    id               uuid        primary key,
    project_id       uuid        not null references projects (id) on delete cascade,
    revision_number  integer     not null check (revision_number between 1 and 5),
    type             varchar(24) not null check (type in ('lasso', 'full_regenerate')),
    base_image_id    uuid        references generated_images (id) on delete set null,
    result_image_id  uuid        references generated_images (id) on delete set null,
    overlay_image_id uuid        references generated_images (id) on delete set null,
    feedback_text    varchar(1000),
    edit_payload     jsonb       not null,
    status           varchar(16) not null check (status in ('pending', 'generating', 'completed', 'failed')),
    metrics          jsonb,
    failure_code     varchar(64),
    created_at       timestamptz not null,
    completed_at     timestamptz
);
create index revisions_project_idx on revisions (project_id, revision_number);
-- Failed attempts keep their row; only one revision per number can succeed or be under way.
create unique index revisions_number_once on revisions (project_id, revision_number) where status <> 'failed';

create table lasso_regions (
    id            uuid        primary key,
    project_id    uuid        not null references projects (id) on delete cascade,
    revision_id   uuid        not null references revisions (id) on delete cascade,
    region_number integer     not null check (region_number between 1 and 3),
    path_points   jsonb       not null,
    bounding_box  jsonb       not null,
    action        varchar(16) not null check (action in ('replace', 'remove', 'change_finish', 'resize', 'reposition')),
    instruction   varchar(500) not null check (char_length(instruction) >= 10),
    avoid_tokens  jsonb       not null default '[]',
    style_nudges  jsonb       not null default '[]',
    brush_strokes jsonb       not null default '[]',
    scale         double precision,
    offset_x      double precision,
    offset_y      double precision,
    unique (revision_id, region_number)
);
create index lasso_regions_project_idx on lasso_regions (project_id);

create table shopping_lists (
    id                   uuid        primary key,
    project_id           uuid        not null unique references projects (id) on delete cascade,
    generated_image_id   uuid        not null references generated_images (id) on delete cascade,
    total_estimated_cost bigint      not null,  -- minor units of currency
    currency             varchar(3)  not null,
    pdf_key              varchar(200),
    created_at           timestamptz not null
);

create table product_matches (
    id                  uuid        primary key,
    project_id          uuid        not null references projects (id) on delete cascade,
    shopping_list_id    uuid        not null references shopping_lists (id) on delete cascade,
    category_group      varchar(40) not null,
    item_description    varchar(300) not null,
    product_name        varchar(200),
    retailer            varchar(60),
    price_cents         bigint,
    currency            varchar(3),
    product_url         varchar(500),
    image_url           varchar(500),
    dimensions          jsonb,
    confidence_score    double precision check (confidence_score between 0 and 1),
    why_matched         varchar(500),
    fit_status          varchar(16) check (fit_status in ('fits', 'tight', 'too_large')),
    fit_detail          varchar(300),
    sort_order          integer     not null,
    search_fallback_url varchar(500)
);
create index product_matches_list_idx on product_matches (shopping_list_id, sort_order);
create index product_matches_project_idx on product_matches (project_id);

-- The pipeline jobs of a project: what GET state shows as the running job, and the last failure.
create table pipeline_runs (
    id               uuid        primary key,
    project_id       uuid        not null references projects (id) on delete cascade,
    job_name         varchar(40) not null,
    execution_id     bigint,
    status           varchar(16) not null check (status in ('starting', 'running', 'completed', 'failed', 'stopped')),
    step             varchar(40),
    progress         integer     not null default 0 check (progress between 0 and 100),
    error_code       varchar(64),
    failed_step      varchar(40),
    error_message    varchar(500),
    subject_id       uuid,                      -- the photo or revision the run works on, when it has one
    started_at       timestamptz not null,
    ended_at         timestamptz
);
create index pipeline_runs_project_idx on pipeline_runs (project_id, started_at desc);
create index pipeline_runs_execution_idx on pipeline_runs (execution_id);

-- Responses of POSTs made with an Idempotency-Key, replayed to a retry with the same key.
create table idempotency_records (
    id            bigserial    primary key,
    scope         varchar(100) not null,   -- project id + token hash, or device fingerprint for creation
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    project_id    uuid         references projects (id) on delete cascade,
    state         varchar(16)  not null check (state in ('in_progress', 'completed')),
    status_code   integer,
    content_type  varchar(100),
    location      varchar(500),
    body          bytea,
    created_at    timestamptz  not null,
    unique (scope, idem_key)
);
create index idempotency_records_created_idx on idempotency_records (created_at);

-- Which generation run the project is on: the options of run n are the ones shown; start-over begins run n + 1.
alter table projects add column generation integer not null default 0;
