-- The product catalogue the shopping list matches against (catalog-import job): one row per retailer article,
-- the product as JSON, its content hash (a re-import rewrites only what changed) and its text embedding.
create table catalog_products (
    retailer         varchar(40)  not null,
    source_id        varchar(40)  not null,
    name             varchar(200) not null,
    price_minor      bigint       not null,
    currency         varchar(3)   not null,
    product          jsonb        not null,
    content_hash     varchar(64)  not null,
    embedding        real[]       not null,
    embedding_recipe varchar(40)  not null,
    updated_at       timestamptz  not null,
    primary key (retailer, source_id)
);

-- The list keeps the retailer's own price beside the converted one.
alter table product_matches add column source_price_cents bigint;
alter table product_matches add column source_currency varchar(3);
