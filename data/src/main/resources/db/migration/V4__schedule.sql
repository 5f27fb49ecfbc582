-- Schedules: a roster for a horizon of one site, DRAFT or PUBLISHED. A published version is immutable; publishing
-- again makes the next version. Activities (shift, work, break, lunch, ...) are stored as UTC epoch seconds like the
-- rest of the interval data, so a DST night keeps its true length. agent_ref is the agent's external id.
CREATE TABLE schedule (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    site_id                 BIGINT       NOT NULL,
    horizon_start           DATE         NOT NULL,
    days                    INT          NOT NULL,
    version                 INT          NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    hard_score              BIGINT       NOT NULL,
    soft_score              BIGINT       NOT NULL,
    shortfall_agent_hours   DOUBLE       NOT NULL,
    lower_bound_agent_hours DOUBLE       NOT NULL,
    note                    VARCHAR(500) NULL,
    created_at              TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    published_at            TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_schedule_version UNIQUE (site_id, horizon_start, version),
    CONSTRAINT fk_schedule_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT ck_schedule_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_schedule_days CHECK (days BETWEEN 1 AND 366)
);

CREATE TABLE schedule_activity (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    schedule_id   BIGINT       NOT NULL,
    agent_ref     VARCHAR(100) NOT NULL,
    activity_date DATE         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    queue_ref     VARCHAR(100) NULL,
    start_utc     BIGINT       NOT NULL,
    end_utc       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_schedule FOREIGN KEY (schedule_id) REFERENCES schedule (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_span CHECK (end_utc > start_utc)
);
CREATE INDEX ix_activity_schedule_agent ON schedule_activity (schedule_id, agent_ref, start_utc);
CREATE INDEX ix_activity_schedule_date ON schedule_activity (schedule_id, activity_date);
