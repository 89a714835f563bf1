#!/usr/bin/env bash
# Lets the build run a command beside its next steps and collect it later:
#   background.sh start NAME COMMAND...   starts COMMAND, output to NAME.log, exit status to NAME.exit
#   background.sh wait NAME               waits for it, prints its output and exits with its status
# The integration tests use it to run the restart tests (a second server) beside the main ones.
# The background job holds a lock on NAME.lock, taken before `start` returns, until it has written its status;
# `wait` blocks on that lock (flock, util-linux) instead of polling.
set -euo pipefail
action=$1 name=$2
shift 2
case "$action" in
    start)
        rm -f "$name.exit" "$name.log"
        exec 9> "$name.lock"
        flock 9
        # Every descriptor of the job leaves the build's pipes, or the build would wait for it here; the command
        # itself does not inherit the lock, only the subshell that records its status.
        ( set +e; "$@" > "$name.log" 2>&1 9>&-; echo $? > "$name.exit" ) < /dev/null > /dev/null 2>&1 &
        ;;
    wait)
        [[ -f "$name.lock" ]] || { echo "background.sh: $name was never started" >&2; exit 1; }
        flock "$name.lock" true
        cat "$name.log"
        [[ -s "$name.exit" ]] || { echo "background.sh: $name ended without an exit status" >&2; exit 1; }
        exit "$(cat "$name.exit")"
        ;;
    *)
        echo "usage: background.sh start NAME COMMAND... | wait NAME" >&2
        exit 2
        ;;
esac
