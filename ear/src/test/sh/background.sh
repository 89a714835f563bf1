#!/usr/bin/env bash
# Lets the build run a command beside its next steps and collect it later:
#   background.sh start NAME COMMAND...   starts COMMAND, output to NAME.log, exit status to NAME.exit
#   background.sh wait NAME               waits for it, prints its output and exits with its status
# The integration tests use it to run the restart tests (a second server) beside the main ones.
set -euo pipefail
action=$1 name=$2
shift 2
case "$action" in
    start)
        rm -f "$name.exit" "$name.log"
        # Every descriptor of the subshell leaves the build's pipes, or the build would wait for it here.
        ( set +e; "$@" > "$name.log" 2>&1; echo $? > "$name.exit" ) < /dev/null > /dev/null 2>&1 &
        echo $! > "$name.pid"
        ;;
    wait)
        [[ -f "$name.pid" ]] || { echo "background.sh: $name was never started" >&2; exit 1; }
        pid=$(cat "$name.pid")
        while [[ ! -s "$name.exit" ]] && kill -0 "$pid" 2>/dev/null; do
            sleep 0.5
        done
        cat "$name.log"
        [[ -s "$name.exit" ]] || { echo "background.sh: $name ended without an exit status" >&2; exit 1; }
        exit "$(cat "$name.exit")"
        ;;
    *)
        echo "usage: background.sh start NAME COMMAND... | wait NAME" >&2
        exit 2
        ;;
esac
