#!/bin/bash
# A PostgreSQL hot standby of the `postgres` service (docker-compose.scale.yml, docs/scale-out.md).
#
# On first start (an empty volume) it copies the primary with pg_basebackup: --write-recovery-conf leaves
# standby.signal and primary_conninfo, so PostgreSQL starts as a standby that streams from the primary, and
# --slot makes the primary keep the WAL this standby still needs (up to max_slot_wal_keep_size). Later starts
# find the copy and just start. Then it hands over to the image's own entrypoint, which sees an existing
# data directory and runs `postgres` with the given arguments.
#
# The volume holds nothing but this copy: a copy left unfinished (container stopped halfway) is removed
# and made again.
set -Eeuo pipefail

: "${PGDATA:=/var/lib/postgresql/data}"
: "${PRIMARY_HOST:=postgres}"
: "${PRIMARY_PORT:=5432}"
: "${REPLICATION_USER:=replicator}"
: "${REPLICATION_SLOT:=kasang_replica}"
done_marker="$PGDATA/kasang-standby-copied"

if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA"
    chown postgres:postgres "$PGDATA"
    chmod 700 "$PGDATA"
    exec gosu postgres bash "$0" "$@"
fi

if [ ! -e "$done_marker" ]; then
    export PGPASSWORD="${POSTGRES_REPLICATION_PASSWORD:?POSTGRES_REPLICATION_PASSWORD must be set}"
    until pg_isready -q -h "$PRIMARY_HOST" -p "$PRIMARY_PORT"; do
        echo "replica: waiting for the primary $PRIMARY_HOST:$PRIMARY_PORT"
        sleep 2
    done
    if [ -n "$(ls -A "$PGDATA")" ]; then
        echo "replica: removing an unfinished copy"
        find "$PGDATA" -mindepth 1 -delete
    fi
    # The slot outlives the standby's volume: reuse it when a standby is rebuilt.
    slot_exists=$(psql -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -d postgres -tAc \
        "select count(*) from pg_replication_slots where slot_name = '$REPLICATION_SLOT'")
    create_slot=()
    if [ "$slot_exists" = 0 ]; then
        create_slot=(--create-slot)
    fi
    echo "replica: copying the primary (pg_basebackup, slot $REPLICATION_SLOT)"
    pg_basebackup -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -D "$PGDATA" \
        --write-recovery-conf --wal-method=stream --checkpoint=fast \
        --slot="$REPLICATION_SLOT" "${create_slot[@]}"
    chmod 700 "$PGDATA"
    touch "$done_marker"
    echo "replica: copy complete"
fi

exec docker-entrypoint.sh "$@"
