-- Accounts. username_key = lower-cased username (unique ignoring case). Passwords only as argon2id PHC strings.
CREATE TABLE rbac_user (
    id                  VARCHAR(32)  NOT NULL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    username_key        VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(200),
    email               VARCHAR(320),
    role_name           VARCHAR(50)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    must_change         BOOLEAN      NOT NULL,
    failed_logins       INTEGER      NOT NULL,
    locked_until        BIGINT,
    created_at          BIGINT       NOT NULL,
    last_login_at       BIGINT,
    CONSTRAINT rbac_user_username UNIQUE (username_key)
);

-- Roles: a set of permission patterns, space separated ("*", "*:read", "tracking:*", "projects:write").
CREATE TABLE rbac_role (
    name        VARCHAR(50)   NOT NULL PRIMARY KEY,
    description VARCHAR(500),
    permissions VARCHAR(4000) NOT NULL,
    built_in    BOOLEAN       NOT NULL
);
INSERT INTO rbac_role (name, description, permissions, built_in) VALUES
    ('admin', 'Everything, everywhere', '*', TRUE),
    ('developer', 'Read and write every area', '*:read *:write', TRUE),
    ('viewer', 'Read every area', '*:read', TRUE);

CREATE TABLE rbac_group (
    id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    name_key    VARCHAR(100)  NOT NULL,
    description VARCHAR(4000),
    created_at  BIGINT        NOT NULL,
    CONSTRAINT rbac_group_name UNIQUE (name_key)
);

CREATE TABLE rbac_group_member (
    group_id VARCHAR(32) NOT NULL,
    user_id  VARCHAR(32) NOT NULL,
    added_at BIGINT      NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX rbac_group_member_user ON rbac_group_member (user_id);

-- Project members: one role per (project, user or group).
CREATE TABLE rbac_grant (
    id           VARCHAR(32)  NOT NULL PRIMARY KEY,
    project_id   VARCHAR(32)  NOT NULL,
    subject_type VARCHAR(8)   NOT NULL,
    subject_id   VARCHAR(32)  NOT NULL,
    role_name    VARCHAR(50)  NOT NULL,
    granted_at   BIGINT       NOT NULL,
    granted_by   VARCHAR(100) NOT NULL,
    CONSTRAINT rbac_grant_subject UNIQUE (project_id, subject_type, subject_id)
);
CREATE INDEX rbac_grant_by_subject ON rbac_grant (subject_type, subject_id);

-- Personal access tokens, by the SHA-256 of the secret.
CREATE TABLE rbac_api_token (
    id           VARCHAR(32)   NOT NULL PRIMARY KEY,
    user_id      VARCHAR(32)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    token_hash   VARCHAR(64)   NOT NULL,
    scopes       VARCHAR(2000) NOT NULL,
    created_at   BIGINT        NOT NULL,
    expires_at   BIGINT,
    last_used_at BIGINT,
    revoked_at   BIGINT,
    CONSTRAINT rbac_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX rbac_api_token_user ON rbac_api_token (user_id);

-- Login sessions: the refresh token (rotated on each use; the previous hash detects reuse) and the session id
-- every access token of the session carries, so that revoking the session stops them all.
CREATE TABLE rbac_session (
    id            VARCHAR(32) NOT NULL PRIMARY KEY,
    user_id       VARCHAR(32) NOT NULL,
    refresh_hash  VARCHAR(64) NOT NULL,
    previous_hash VARCHAR(64),
    created_at    BIGINT      NOT NULL,
    refreshed_at  BIGINT      NOT NULL,
    expires_at    BIGINT      NOT NULL,
    revoked_at    BIGINT,
    remote_addr   VARCHAR(64),
    CONSTRAINT rbac_session_refresh UNIQUE (refresh_hash)
);
CREATE INDEX rbac_session_user ON rbac_session (user_id);
CREATE INDEX rbac_session_previous ON rbac_session (previous_hash);

CREATE TABLE rbac_invitation (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    code_hash  VARCHAR(64)  NOT NULL,
    email      VARCHAR(320),
    role_name  VARCHAR(50)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT,
    used_by    VARCHAR(32),
    CONSTRAINT rbac_invitation_code UNIQUE (code_hash)
);
