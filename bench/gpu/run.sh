#!/usr/bin/env bash
# Seconds per option of the DJL engine on this node. Usage, from anywhere:
#   bench/gpu/run.sh /models/sd15-controlnet [--size 768x576 --steps 20 --options 10 ...]
# On a GPU node point PYTORCH_LIBRARY_PATH (with PYTORCH_VERSION=2.7.1, PYTORCH_FLAVOR=cu128) at libtorch 2.7.1
# for CUDA 12.8, as docker/Dockerfile.gpu does: DJL then loads it instead of the CPU build on the class path.
set -euo pipefail
cd "$(dirname "$0")/../.."
store=${1:?usage: bench/gpu/run.sh STORE_DIR [options]}
shift

mvn -q -pl ejb,batch-jobs package -DskipTests
mkdir -p bench/gpu/target
# The native-backed libraries the server module provides: DJL, libtorch, tokenizers, JavaCPP (CUDA, OpenCV).
mvn -q -pl wildfly-config dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$PWD/bench/gpu/target/classpath.txt"
classpath=$(cat bench/gpu/target/classpath.txt)

# DJL's guard rails (DEVELOPERS.md): no calls home, caches inside the project.
var="$PWD/var"
export OPT_OUT_TRACKING=true DJL_CACHE_DIR="$var/cache/djl"
exec java -Xmx8g -Djava.awt.headless=true \
    -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -DDJL_CACHE_DIR="$var/cache/djl" \
    -Dorg.bytedeco.javacpp.cachedir="$var/cache/javacpp" -Djavacpp.platform=linux-x86_64 \
    -Dai.djl.pytorch.cudnn_benchmark=true \
    -cp "ejb/target/classes:batch-jobs/target/classes:$classpath" \
    bench/gpu/DiffusionBenchmark.java --store "$store" "$@"
