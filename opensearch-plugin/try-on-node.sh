#!/usr/bin/env bash
# Tries the plugin on a stock OpenSearch node, as a user would: fetches the OpenSearch 3.8.0
# distribution through Maven, installs the plugin zip with bin/opensearch-plugin, starts one node
# bound to 127.0.0.1 (as an unprivileged user when run as root), runs the README's checks over
# REST (RestCheck.java), and stops the node. Not part of CI: it needs a free port and a minute.
#
#   opensearch-plugin/try-on-node.sh [ARTICLE_DIR...]     (default: the bundled seeds and the
#                                                          plugin tests' variant-spelled articles)
# Environment: PORT (default 9250), KEEP_NODE=1 leaves the node running for your own requests.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../.mvn/find-jdk.sh
. "$ROOT/.mvn/find-jdk.sh" opensearch-plugin/try-on-node.sh
OS_VERSION=3.8.0
PORT="${PORT:-9250}"
WORK="$ROOT/opensearch-plugin/target/node"
NODE_USER=moniker-node
cd "$ROOT"

say() { echo "try-on-node: $*" >&2; }

say "building the plugin zip and the CLI jar…"
JAVA_HOME="$JDK" ./mvnw -q -B -pl opensearch-plugin,cli -am -DskipTests package
zip="$(ls opensearch-plugin/target/moniker-opensearch-*-os$OS_VERSION.zip)"

say "fetching the OpenSearch $OS_VERSION distribution through Maven…"
JAVA_HOME="$JDK" ./mvnw -q -B dependency:get -Dtransitive=false \
  -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OS_VERSION:zip"
repo="$(JAVA_HOME="$JDK" ./mvnw -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout)"
dist="$repo/org/opensearch/distribution/integ-test-zip/opensearch/$OS_VERSION/opensearch-$OS_VERSION.zip"

rm -rf "$WORK"
mkdir -p "$WORK"
unzip -q "$dist" -d "$WORK"
home="$WORK/opensearch-$OS_VERSION"
export OPENSEARCH_JAVA_HOME="$JDK"

say "installing $zip…"
"$home/bin/opensearch-plugin" install --batch "file://$ROOT/$zip"

run_as_node_user() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  # OpenSearch refuses to run as root.
  id -u "$NODE_USER" >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin "$NODE_USER"
  chown -R "$NODE_USER": "$WORK"
  run_as_node_user() { runuser -u "$NODE_USER" -- env OPENSEARCH_JAVA_HOME="$JDK" "$@"; }
fi

say "starting a node on 127.0.0.1:$PORT…"
run_as_node_user "$home/bin/opensearch" -d -p "$WORK/node.pid" \
  -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$PORT" \
  -Epath.data="$WORK/data" -Epath.logs="$WORK/logs"
stop_node() {
  if [ "${KEEP_NODE:-0}" = 1 ]; then
    say "node left running at http://127.0.0.1:$PORT (stop it: kill \$(cat $WORK/node.pid))"
    return
  fi
  for _ in $(seq 1 50); do [ -s "$WORK/node.pid" ] && break; sleep 0.2; done
  if [ -s "$WORK/node.pid" ]; then
    kill "$(cat "$WORK/node.pid")" 2>/dev/null || true
    say "node stopped"
  fi
}
trap stop_node EXIT

if [ "$#" -eq 0 ]; then
  set -- seeds opensearch-plugin/src/test/resources/articles
fi
"$JDK/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp cli/target/moniker-cli.jar opensearch-plugin/rest-check/RestCheck.java \
  "http://127.0.0.1:$PORT" opensearch-plugin/examples "$@"
