-- Master data of a site: skills, queues with their service targets, teams, contracts, shift templates and agents
-- (skills with proficiency, team, contract, weekly availability, time off, preferences), and API tokens.
-- Runs unchanged on MariaDB 10.11 and H2 in MariaDB mode. Every editable row has a `version` column for optimistic
-- locking (ETag / If-Match). Instants that take part in interval arithmetic are stored as UTC epoch seconds
-- (BIGINT) so that no JVM or session time zone can shift or fold them (a DST fall-back hour stays two hours).
-- References between master data cascade or clear so that deleting a site removes everything; the API refuses (409)
-- to delete a skill, team, contract or shift template that is still in use.

CREATE TABLE skill (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    site_id BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_skill_name UNIQUE (site_id, name),
    CONSTRAINT fk_skill_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
);

-- A queue's service target is exactly one of: service level (fraction answered within seconds), average speed of
-- answer, or respond-within hours (email / back office). Same fields as the staffing queue configuration JSON.
CREATE TABLE contact_queue (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    site_id                     BIGINT        NOT NULL,
    name                        VARCHAR(200)  NOT NULL,
    channel                     VARCHAR(16)   NOT NULL,
    skill_id                    BIGINT        NULL,
    target_service_level        DOUBLE        NULL,
    target_seconds              INT           NULL,
    target_asa_seconds          INT           NULL,
    target_respond_within_hours DOUBLE        NULL,
    shrinkage                   DOUBLE        NOT NULL DEFAULT 0,
    max_occupancy               DOUBLE        NOT NULL DEFAULT 1,
    concurrency                 INT           NOT NULL DEFAULT 1,
    patience_seconds            INT           NULL,
    priority                    INT           NOT NULL DEFAULT 1,
    version                     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_queue_name UNIQUE (site_id, name),
    CONSTRAINT fk_queue_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_queue_skill FOREIGN KEY (skill_id) REFERENCES skill (id) ON DELETE SET NULL,
    CONSTRAINT ck_queue_channel CHECK (channel IN ('VOICE', 'CHAT', 'EMAIL', 'BACKOFFICE'))
);

CREATE TABLE team (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    site_id BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_team_name UNIQUE (site_id, name),
    CONSTRAINT fk_team_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
);

-- Start window in minutes after local midnight, lengths as a comma-separated list of minutes ("480,540").
CREATE TABLE shift_template (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    site_id               BIGINT       NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    earliest_start_minute INT          NOT NULL,
    latest_start_minute   INT          NOT NULL,
    start_step_minutes    INT          NOT NULL DEFAULT 15,
    lengths_minutes       VARCHAR(200) NOT NULL,
    break_minutes         INT          NOT NULL DEFAULT 0,
    lunch_min_minutes     INT          NOT NULL DEFAULT 0,
    lunch_max_minutes     INT          NOT NULL DEFAULT 0,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_shift_template_name UNIQUE (site_id, name),
    CONSTRAINT fk_shift_template_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
);

CREATE TABLE contract (
    id                            BIGINT       NOT NULL AUTO_INCREMENT,
    site_id                       BIGINT       NOT NULL,
    name                          VARCHAR(200) NOT NULL,
    min_minutes_per_week          INT          NOT NULL,
    max_minutes_per_week          INT          NOT NULL,
    max_days_per_week             INT          NOT NULL,
    max_consecutive_working_days  INT          NOT NULL,
    min_consecutive_days_off      INT          NOT NULL,
    min_rest_hours                INT          NOT NULL,
    max_weekends                  INT          NOT NULL,
    version                       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_contract_name UNIQUE (site_id, name),
    CONSTRAINT fk_contract_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
);

CREATE TABLE contract_shift_template (
    id                BIGINT NOT NULL AUTO_INCREMENT,
    contract_id       BIGINT NOT NULL,
    shift_template_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_contract_shift_template UNIQUE (contract_id, shift_template_id),
    CONSTRAINT fk_cst_contract FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE,
    CONSTRAINT fk_cst_template FOREIGN KEY (shift_template_id) REFERENCES shift_template (id) ON DELETE CASCADE
);

CREATE TABLE agent (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    site_id     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    external_id VARCHAR(100) NULL,
    team_id     BIGINT       NULL,
    contract_id BIGINT       NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_agent_external_id UNIQUE (site_id, external_id),
    CONSTRAINT fk_agent_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE SET NULL,
    CONSTRAINT fk_agent_contract FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE SET NULL
);
CREATE INDEX ix_agent_site_team ON agent (site_id, team_id);

-- Proficiency 1 (learning) .. 5 (expert).
CREATE TABLE agent_skill (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    agent_id    BIGINT NOT NULL,
    skill_id    BIGINT NOT NULL,
    proficiency INT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agent_skill UNIQUE (agent_id, skill_id),
    CONSTRAINT fk_agent_skill_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
    CONSTRAINT fk_agent_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id) ON DELETE CASCADE
);

-- Weekly availability windows in local time: [start_minute, end_minute) after midnight of day_of_week.
CREATE TABLE agent_availability (
    id           BIGINT     NOT NULL AUTO_INCREMENT,
    agent_id     BIGINT     NOT NULL,
    day_of_week  VARCHAR(9) NOT NULL,
    start_minute INT        NOT NULL,
    end_minute   INT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agent_availability_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);
CREATE INDEX ix_agent_availability_agent ON agent_availability (agent_id);

-- Whole local days off, first_day..last_day inclusive.
CREATE TABLE agent_time_off (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    agent_id  BIGINT       NOT NULL,
    first_day DATE         NOT NULL,
    last_day  DATE         NOT NULL,
    reason    VARCHAR(200) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agent_time_off_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);
CREATE INDEX ix_agent_time_off_agent ON agent_time_off (agent_id, first_day);

-- Soft wishes: DAY_OFF on a weekday, or a preferred / avoided shift START (minute after midnight) on a weekday.
CREATE TABLE agent_preference (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    agent_id     BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    day_of_week  VARCHAR(9)  NULL,
    start_minute INT         NULL,
    weight       INT         NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT fk_agent_preference_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);
CREATE INDEX ix_agent_preference_agent ON agent_preference (agent_id);

-- Bearer API tokens: only the SHA-256 of the token is stored.
CREATE TABLE api_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at BIGINT      NOT NULL,
    revoked    BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_api_token_role CHECK (role IN ('ADMIN', 'PLANNER', 'MANAGER', 'HR_READ'))
);
