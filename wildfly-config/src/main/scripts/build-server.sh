#!/usr/bin/env bash
# Assembles the ready WildFly under target/server from the unpacked dist, the module jars and the CLI scripts.
# Called by Maven (wildfly-config, process-resources). Rebuilds only when an input changed: the fingerprint of
# the inputs is kept in target/server/.remo-fingerprint.
set -euo pipefail

dist_dir=$1        # target/dist/wildfly-<version>
module_jars=$2     # target/module-jars/{natives,libraries,postgresql}
server_dir=$3      # target/server
src_dir=$(cd "$(dirname "$0")/.." && pwd)   # src/main

fingerprint=$( {
    find "$src_dir" -type f -print0 | sort -z | xargs -0 sha256sum
    (cd "$module_jars" && find . -type f -printf '%p %s %T@\n' | sort)
    echo "$dist_dir"
} | sha256sum | cut -d' ' -f1)

if [[ -f "$server_dir/.remo-fingerprint" && "$(cat "$server_dir/.remo-fingerprint")" == "$fingerprint" ]]; then
    echo "server up to date: $server_dir"
    exit 0
fi

echo "assembling server: $server_dir"
rm -rf "$server_dir"
cp -a "$dist_dir" "$server_dir"

install_module() {  # $1 module path (e.g. io/remo/natives), $2 jar directory
    local target="$server_dir/modules/$1/main" resources=""
    mkdir -p "$target"
    for jar in "$2"/*.jar; do
        ln "$jar" "$target/" 2>/dev/null || cp "$jar" "$target/"
        resources+="        <resource-root path=\"$(basename "$jar")\"/>"$'\n'
    done
    awk -v r="${resources%$'\n'}" '{ if ($0 == "@RESOURCES@") print r; else print }' \
        "$src_dir/modules/$1/main/module.xml" > "$target/module.xml"
}
install_module org/postgresql "$module_jars/postgresql"
install_module io/remo/natives "$module_jars/natives"
install_module io/remo/libraries "$module_jars/libraries"

for script in "$src_dir"/cli/*.cli; do
    echo "applying $(basename "$script")"
    "$server_dir/bin/jboss-cli.sh" --file="$script" > "$server_dir/cli-$(basename "$script").log" 2>&1 || {
        cat "$server_dir/cli-$(basename "$script").log" >&2
        exit 1
    }
done
rm -rf "$server_dir/standalone/configuration/standalone_xml_history" "$server_dir/standalone/log"/* "$server_dir/standalone/data"

cat "$src_dir/conf/standalone.conf.remo" >> "$server_dir/bin/standalone.conf"
echo "$fingerprint" > "$server_dir/.remo-fingerprint"
