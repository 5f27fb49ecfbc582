-- Contact history, versioned forecast runs with their values and manager adjustments, staffing requirements.
-- interval_start / start_at / end_at are UTC epoch seconds (see V2).

-- One row per queue per interval. The primary key (site_id, queue_id, interval_start) is the composite index that
-- serves every history query (a queue's series over a range, a site's last interval).
CREATE TABLE contact_history (
    site_id        BIGINT NOT NULL,
    queue_id       BIGINT NOT NULL,
    interval_start BIGINT NOT NULL,
    offered        DOUBLE NOT NULL,
    handled        DOUBLE NULL,
    abandoned      DOUBLE NULL,
    aht_seconds    DOUBLE NULL,
    PRIMARY KEY (site_id, queue_id, interval_start),
    CONSTRAINT fk_history_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_history_queue FOREIGN KEY (queue_id) REFERENCES contact_queue (id) ON DELETE CASCADE
);

-- run_number counts the runs of a site (1, 2, ...): a forecast is never overwritten, a re-run is a new version.
CREATE TABLE forecast_run (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    site_id        BIGINT        NOT NULL,
    run_number     INT           NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    model          VARCHAR(64)   NOT NULL,
    horizon_days   INT           NOT NULL,
    requested_by   VARCHAR(200)  NOT NULL,
    requested_at   BIGINT        NOT NULL,
    finished_at    BIGINT        NULL,
    history_from   BIGINT        NULL,
    history_to     BIGINT        NULL,
    forecast_from  BIGINT        NULL,
    forecast_to    BIGINT        NULL,
    -- chosen model and backtest accuracy per queue, as JSON written by the service
    accuracy_json  TEXT          NULL,
    wape           DOUBLE        NULL,
    error_message  VARCHAR(2000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_forecast_run_number UNIQUE (site_id, run_number),
    CONSTRAINT fk_forecast_run_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT ck_forecast_run_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);

CREATE TABLE forecast_value (
    run_id         BIGINT      NOT NULL,
    queue_id       BIGINT      NOT NULL,
    interval_start BIGINT      NOT NULL,
    volume         DOUBLE      NOT NULL,
    volume_lo80    DOUBLE      NOT NULL,
    volume_hi80    DOUBLE      NOT NULL,
    -- NULL when the history had no handle times
    aht_seconds    DOUBLE      NULL,
    model          VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, queue_id, interval_start),
    CONSTRAINT fk_forecast_value_run FOREIGN KEY (run_id) REFERENCES forecast_run (id) ON DELETE CASCADE
);

-- Manager overrides on [start_at, end_at) of one queue: PERCENT scales the base volume by (1 + amount/100),
-- ABSOLUTE adds amount contacts per interval. A delete only sets deleted_at/deleted_by: the audit trail stays.
CREATE TABLE forecast_adjustment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    run_id      BIGINT        NOT NULL,
    queue_id    BIGINT        NOT NULL,
    start_at    BIGINT        NOT NULL,
    end_at      BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    amount      DOUBLE        NOT NULL,
    author      VARCHAR(200)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    created_at  BIGINT        NOT NULL,
    deleted_at  BIGINT        NULL,
    deleted_by  VARCHAR(200)  NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_adjustment_run FOREIGN KEY (run_id) REFERENCES forecast_run (id) ON DELETE CASCADE,
    CONSTRAINT ck_adjustment_kind CHECK (kind IN ('PERCENT', 'ABSOLUTE'))
);
CREATE INDEX ix_adjustment_run ON forecast_adjustment (run_id, queue_id, start_at);

-- A requirements computation: from one forecast run (with the adjustments active at computation time).
CREATE TABLE requirement_run (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    site_id         BIGINT       NOT NULL,
    forecast_run_id BIGINT       NOT NULL,
    requested_by    VARCHAR(200) NOT NULL,
    computed_at     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_requirement_run_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE,
    CONSTRAINT fk_requirement_run_forecast FOREIGN KEY (forecast_run_id) REFERENCES forecast_run (id) ON DELETE CASCADE
);
CREATE INDEX ix_requirement_run_site ON requirement_run (site_id, id);

CREATE TABLE staffing_requirement (
    run_id          BIGINT NOT NULL,
    queue_id        BIGINT NOT NULL,
    interval_start  BIGINT NOT NULL,
    volume          DOUBLE NOT NULL,
    aht_seconds     DOUBLE NOT NULL,
    agents_raw      INT    NOT NULL,
    agents_required INT    NOT NULL,
    service_level   DOUBLE NULL,
    asa_seconds     DOUBLE NULL,
    occupancy       DOUBLE NULL,
    abandon_rate    DOUBLE NULL,
    PRIMARY KEY (run_id, queue_id, interval_start),
    CONSTRAINT fk_requirement_run FOREIGN KEY (run_id) REFERENCES requirement_run (id) ON DELETE CASCADE
);
