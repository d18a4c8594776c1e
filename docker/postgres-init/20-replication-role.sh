#!/bin/sh
# The role a hot standby streams from (docker-compose.scale.yml, docs/scale-out.md). The postgres image runs
# this once, when its data volume is first initialised; it does nothing unless POSTGRES_REPLICATION_PASSWORD
# is set, which only the scale-out override does. For a volume made without it, run the same by hand
# (docs/scale-out.md, "A volume made before").
set -eu
if [ -z "${POSTGRES_REPLICATION_PASSWORD:-}" ]; then
    echo "20-replication-role.sh: POSTGRES_REPLICATION_PASSWORD not set, no replication role (one server)"
    exit 0
fi
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v password="$POSTGRES_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
# The image's own rule ("host all all all") does not match replication connections; this one does.
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
