-- Owners of blobs (run artifacts, dataset files, ...): a blob no row references is collectable after the grace
-- period. One row per (blob, owner), so acquiring twice counts once.
CREATE TABLE aip_blob_ref (
    hash       CHAR(64)     NOT NULL,
    owner_type VARCHAR(64)  NOT NULL,
    owner_id   VARCHAR(600) NOT NULL,
    created_at BIGINT       NOT NULL,
    PRIMARY KEY (hash, owner_type, owner_id)
);
CREATE INDEX aip_blob_ref_owner ON aip_blob_ref (owner_type, owner_id);
