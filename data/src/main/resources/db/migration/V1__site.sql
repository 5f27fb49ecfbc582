-- Sites: the root of all master data. Runs unchanged on MariaDB 10.11 and H2 in MariaDB mode.
CREATE TABLE site (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    name              VARCHAR(200) NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    interval_minutes  INT          NOT NULL DEFAULT 15,
    first_day_of_week VARCHAR(9)   NOT NULL DEFAULT 'MONDAY',
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_site_name UNIQUE (name),
    CONSTRAINT ck_site_interval CHECK (interval_minutes IN (15, 30, 60))
);
