#!/bin/sh
# Keycloak's own database and role on the same PostgreSQL as Kasang's, so one backup routine and one server
# serve both. The postgres image runs this once, when its data volume is first initialised; for a volume made
# before this script existed, run the same two statements by hand (README, "Deploy").
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v kc_password="${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD must be set}" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
