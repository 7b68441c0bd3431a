#!/usr/bin/env bash
# Turns the self-contained jar of `./mvnw package` into an installer that needs no Java on the examiner's machine.
#
#   bash installer/build.sh app-image   # any OS: a folder with the launcher and a trimmed Java runtime
#   bash installer/build.sh deb         # Linux (Debian/Ubuntu): .deb, needs fakeroot and dpkg-dev
#   bash installer/build.sh msi         # Windows: .msi, needs WiX Toolset 3 on PATH (or where jpackage looks)
#   bash installer/build.sh dmg         # macOS: .dmg
#
# Input: target/nianbao.jar, or the jar named by $NIANBAO_JAR. Output: target/installer/, or $NIANBAO_INSTALLER_DIR.
# Version: $NIANBAO_VERSION, else the tag vX.Y.Z of a GitHub tag build, else the pom's version without -SNAPSHOT.
# NIANBAO_VERBOSE=1 makes jpackage say what it does (which templates it uses, the commands it runs).
# NIANBAO_CDS_WINDOW=0 leaves the window out of the class-data archive's training (otherwise used where Xvfb is).
# Needs only a JDK 17 or newer (jdeps, jlink, jpackage are in it): $JAVA_HOME, else the JDK of `java` on PATH.
# jpackage builds installers for the OS it runs on only, so each type is refused on the wrong OS.
set -euo pipefail

# --- Fixed identity -------------------------------------------------------------------------------------------------
# The Windows upgrade code must never change: Windows Installer recognises a newer .msi of the same product by it and
# replaces the installed version instead of installing a second copy. Generated once for this project.
readonly WIN_UPGRADE_UUID="3e520a49-c47f-4a49-a68a-5552a05fafdd"
readonly VENDOR="Nianbao Review"
# Plain ASCII on purpose: WiX 3 refuses characters outside the MSI's code page (1252) in product strings. The Chinese
# name is in the Linux menu entry (installer/linux/nianbao.desktop) and in the app's own window.
readonly DESCRIPTION="Nianbao Review checks government information-disclosure annual reports"
readonly COPYRIGHT="Nianbao Review"
readonly MAIN_CLASS="nianbao.Launcher"
readonly JAR_NAME="nianbao.jar"
readonly SAMPLE_IN_JAR="nianbao/sample/anyang-2021.txt"

# Modules that jdeps cannot see because they are looked up by name at run time, added to what jdeps finds:
#   jdk.charsets    GBK and GB18030 (Charset.forName): most Chinese web pages and plain-text reports
#   jdk.localedata  Chinese number/date formats and collation (trimmed to en and zh below)
#   jdk.crypto.ec   elliptic-curve keys (signed PDFs, TLS): a provider, found only when something asks for it
#   java.sql, java.naming, java.management, java.desktop, jdk.unsupported: sqlite-jdbc, PDFBox/AWT and JavaFX need
#                   them; jdeps finds most, listing them keeps the runtime complete if a dependency hides one.
# (The window's settings are a properties file, not java.util.prefs, so java.prefs is not needed.)
readonly EXTRA_MODULES="jdk.charsets,jdk.localedata,jdk.crypto.ec,java.sql,java.naming,java.management,java.desktop,jdk.unsupported"

# JVM options of every launcher (written to the launcher's .cfg):
#   -Xmx1g   The default maximum heap is a quarter of the machine's memory: 1 GB on a 4 GB office PC, 4 GB on a
#            16 GB one. A fixed 1 GB makes the app behave the same everywhere: enough for the window, page images
#            and the largest reports (a 100-page PDF is checked within 512 MB, see LargePdfTest), and small enough
#            that the JVM never grows into memory other programs on an examiner's PC need.
#   -Xlog:all=off -Xlog:all=warning:stderr
#            The JVM prints its own warnings (e.g. an unusable class-data archive) on standard OUTPUT by default,
#            which would corrupt `check --json`. Send them to standard error instead.
JAVA_OPTIONS=("-Xmx1g" "-Xlog:all=off" "-Xlog:all=warning:stderr")
# Added only where the app has an archive of its own (see "Class-data sharing" below): pointing the JVM at a
# missing archive would also turn off the runtime's default one. -Xshare:auto (the default, written out so nobody
# "fixes" it to :on) means an unusable archive (moved app, damaged file) is skipped with a warning on standard error
# and the app starts normally.
# shellcheck disable=SC2016 # $APPDIR is jpackage's, expanded by the launcher
CDS_OPTIONS=("-Xshare:auto" '-XX:SharedArchiveFile=$APPDIR/nianbao.jsa')
readonly JAVA_OPTIONS CDS_OPTIONS # (arrays made read-only after assignment: macOS's bash 3.2 needs it so)

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
readonly HERE ROOT

# jpackage with --verbose when NIANBAO_VERBOSE=1.
jpackage() {
  local verbose=()
  [ "${NIANBAO_VERBOSE:-0}" = 1 ] && verbose=(--verbose)
  # (the odd expansion: macOS's bash 3.2 calls an empty array unbound under set -u)
  "$JDK/bin/jpackage" ${verbose[@]+"${verbose[@]}"} "$@"
}

log() { printf '[installer] %s\n' "$*" >&2; }
die() { printf '[installer] error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

# --- Where are we ---------------------------------------------------------------------------------------------------
host_os() {
  case "$(uname -s)" in
    Linux) echo linux ;;
    Darwin) echo mac ;;
    MINGW* | MSYS* | CYGWIN*) echo windows ;;
    *) echo unknown ;;
  esac
}

os_display_name() {
  case "$1" in linux) echo Linux ;; windows) echo Windows ;; mac) echo macOS ;; *) echo "an unknown system" ;; esac
}

# jpackage can only build the installer formats of the OS it runs on; say so before doing any work.
require_host_for() {
  local type=$1 os
  os=$(host_os)
  local wanted
  case "$type" in
    app-image) return 0 ;;
    deb) wanted=linux ;;
    msi) wanted=windows ;;
    dmg) wanted=mac ;;
    *) usage ;;
  esac
  if [ "$os" != "$wanted" ]; then
    local want_name os_name
    want_name=$(os_display_name "$wanted")
    os_name=$(os_display_name "$os")
    die "a .$type can only be built on $want_name: jpackage builds installers for the system it runs on, and this is
$os_name. Build it on $want_name, or let the GitHub workflow .github/workflows/installers.yml build it."
  fi
}

# The launcher's name: lower case on Linux (a command typed in a terminal), capitalised on Windows and macOS (the
# name under the icon, Nianbao.exe, Nianbao.app).
app_name() {
  if [ "$(host_os)" = linux ]; then echo nianbao; else echo Nianbao; fi
}

find_jdk() {
  local home="${JAVA_HOME:-}"
  if [ -z "$home" ]; then
    command -v java >/dev/null || die "no JDK found: install a JDK 17 or newer, or set JAVA_HOME"
    home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p' | tr -d '\r')
  fi
  # Git Bash on Windows: JAVA_HOME is C:\...; bash wants /c/...
  if command -v cygpath >/dev/null; then home=$(cygpath -u "$home"); fi
  [ -x "$home/bin/jpackage" ] || [ -x "$home/bin/jpackage.exe" ] \
    || die "$home has no jpackage: a full JDK 17 or newer is needed (a JRE is not enough)"
  [ -f "$home/jmods/java.base.jmod" ] \
    || die "$home has no jmods/ directory, which jlink needs (Debian: apt-get install openjdk-17-jdk-headless)"
  JDK="$home"
  FEATURE=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | tr -d '\r')
  [ "${FEATURE:-0}" -ge 17 ] 2>/dev/null || die "JDK $FEATURE at $JDK is too old: jpackage needs 17 or newer"
  log "JDK $FEATURE at $JDK"
}

# jpackage wants 1 to 3 numbers. MSI allows at most 255.255.65535, macOS needs the first number to be 1 or more.
app_version() {
  local type=$1 v="${NIANBAO_VERSION:-}"
  if [ -z "$v" ] && [ "${GITHUB_REF_TYPE:-}" = tag ] && [[ "${GITHUB_REF_NAME:-}" == v[0-9]* ]]; then
    v=${GITHUB_REF_NAME#v}
  fi
  if [ -z "$v" ] && [ -f "$ROOT/pom.xml" ]; then
    # The project's own <version> is the first one in the pom (dependencies use properties further down).
    v=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
  fi
  v=${v%%-*} # 0.1.0-SNAPSHOT -> 0.1.0, 1.2.0-rc1 -> 1.2.0
  [[ "$v" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot make an installer version of '$v': set NIANBAO_VERSION=X.Y.Z"
  local major minor patch
  IFS=. read -r major minor patch <<<"$v"
  if [ "$type" = msi ] && { [ "$major" -gt 255 ] || [ "${minor:-0}" -gt 255 ] || [ "${patch:-0}" -gt 65535 ]; }; then
    die "version $v is too large for Windows Installer (at most 255.255.65535)"
  fi
  if [ "$type" = dmg ] && [ "$major" -lt 1 ]; then
    die "macOS needs a version of 1.0 or more (CFBundleVersion); $v was given: tag the release v1.x.y or set NIANBAO_VERSION"
  fi
  VERSION=$v
}

# --- Inputs ---------------------------------------------------------------------------------------------------------
prepare_input() {
  local jar="${NIANBAO_JAR:-$ROOT/target/$JAR_NAME}"
  [ -f "$jar" ] || die "no jar at $jar: run ./mvnw -q package -DskipTests first, or set NIANBAO_JAR"
  JAR=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  rm -rf "$WORK"
  mkdir -p "$WORK/input" "$WORK/resources"
  # jpackage copies everything in --input into the app; only the jar belongs there.
  cp "$JAR" "$WORK/input/$JAR_NAME"
  # The bundled sample report trains the class-data archive (it is in the jar: no source tree needed).
  (cd "$WORK" && "$JDK/bin/jar" xf "$JAR" "$SAMPLE_IN_JAR")
  [ -f "$WORK/$SAMPLE_IN_JAR" ] || die "$JAR has no $SAMPLE_IN_JAR: is it the nianbao jar?"
  log "jar $JAR, version $VERSION"
}

# The modules the app needs: what jdeps finds in the jar plus EXTRA_MODULES. jdeps reads the whole 50 MB jar (about
# 20 s), so the answer is kept next to the output, keyed by the jar's checksum; NIANBAO_MODULES overrides it.
compute_modules() {
  if [ -n "${NIANBAO_MODULES:-}" ]; then
    MODULES=$NIANBAO_MODULES
    return
  fi
  local key cache found
  key=$(cksum <"$JAR" | cut -d ' ' -f 1)
  cache="$OUT/.jdeps-$FEATURE-$key"
  if [ -f "$cache" ]; then
    found=$(cat "$cache")
  else
    log "jdeps: finding the modules the jar uses"
    found=$("$JDK/bin/jdeps" --multi-release "$FEATURE" --ignore-missing-deps --print-module-deps "$JAR" | tr -d '\r')
    rm -f "$OUT"/.jdeps-*
    printf '%s\n' "$found" >"$cache"
  fi
  MODULES=$(printf '%s,%s' "$found" "$EXTRA_MODULES" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
  log "modules $MODULES"
}

# A trimmed Java runtime: only the modules above, no debug data, headers or man pages, only English and Chinese
# locale data. --generate-cds-archive writes the runtime's own class-data archive of JDK classes: what the JVM uses
# where the app has no archive of its own (.msi, .dmg), and what the .deb's postinst falls back to. The native
# commands stay (bin/java): the postinst needs java -Xshare:dump.
make_runtime() {
  log "jlink: building the runtime"
  "$JDK/bin/jlink" --add-modules "$MODULES" --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$WORK/runtime"
  # The archive for heaps over 32 GB; with -Xmx1g the JVM never reads it. 11 MB less to download.
  rm -f "$WORK/runtime/lib/server/classes_nocoops.jsa"
}

# --- The application image -----------------------------------------------------------------------------------------
icon_file() {
  case "$(host_os)" in
    windows) echo "$HERE/icons/nianbao.ico" ;;
    mac) echo "$HERE/icons/nianbao.icns" ;;
    *) echo "$HERE/icons/nianbao.png" ;;
  esac
}

make_app_image() {
  local args=() option
  for option in "${JAVA_OPTIONS[@]}"; do args+=(--java-options "$option"); done
  # macOS: a reverse-DNS bundle id (the default would be the main class) and the name in the menu bar (16 at most).
  [ "$(host_os)" = mac ] && args+=(--mac-package-identifier nianbao.review --mac-package-name "Nianbao Review")
  log "jpackage: building the application image"
  rm -rf "${OUT:?}/$APP" "$OUT/$APP.app"
  jpackage --type app-image --dest "$OUT" \
    --name "$APP" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --copyright "$COPYRIGHT" --icon "$(icon_file)" \
    --input "$WORK/input" --main-jar "$JAR_NAME" --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" "${args[@]}"
  IMAGE="$OUT/$APP"
  [ "$(host_os)" = mac ] && IMAGE="$OUT/$APP.app"
  [ -d "$IMAGE" ] || die "jpackage made no $IMAGE"
}

# Where jpackage puts the jar and the .cfg ($APPDIR) and where the launcher is, per OS.
app_dir() {
  case "$(host_os)" in
    windows) echo "$IMAGE/app" ;;
    mac) echo "$IMAGE/Contents/app" ;;
    *) echo "$IMAGE/lib/app" ;;
  esac
}
launcher() {
  case "$(host_os)" in
    windows) echo "$IMAGE/$APP.exe" ;;
    mac) echo "$IMAGE/Contents/MacOS/$APP" ;;
    *) echo "$IMAGE/bin/$APP" ;;
  esac
}

# Adds java-options lines at the top of the [JavaOptions] section of the launcher's .cfg.
add_cfg_options() {
  local cfg lines="" option
  cfg="$(app_dir)/$APP.cfg"
  [ -f "$cfg" ] || die "no launcher configuration at $cfg"
  for option in "$@"; do lines+="java-options=$option"$'\n'; done
  CFG_LINES="$lines" awk '{ print } /^\[JavaOptions\]/ { printf "%s", ENVIRON["CFG_LINES"] }' "$cfg" >"$cfg.new"
  mv "$cfg.new" "$cfg"
}

# --- Class-data sharing ---------------------------------------------------------------------------------------------
# A class-data-sharing archive holds the classes the app loads when it starts (the JDK's and the app's, the window's
# included), already parsed and verified; the JVM maps it instead of reading them from the 50 MB jar and the runtime.
# It is made in two steps:
#   1. here, the packaged launcher runs on the bundled sample, once as `check --json` and, where Xvfb is installed,
#      once opening it in the window; the JVM writes the names of the classes it loads: nianbao.classlist;
#   2. `java -Xshare:dump` turns that list into the archive nianbao.jsa in a few seconds, without running the app.
# On JDK 17 an archive is only valid for the exact path of the jar it was made with, so step 2 runs where the app
# will run: here for the app image (valid as long as the folder stays where it is), in the .deb's postinst for
# /opt/nianbao. The .msi and .dmg install at per-user or user-chosen paths: they get no archive of their own, and
# their JVM uses the runtime's archive of the JDK classes (jlink --generate-cds-archive). Linux only for now.

# Step 1. The sample has an error finding, so `check` ends with exit status 1.
record_class_list() {
  local list cli="$WORK/cli.classlist" window="$WORK/window.classlist" status=0
  list="$(app_dir)/nianbao.classlist"
  rm -f "$cli" "$window"
  log "class-data archive: recording the classes of a check of the bundled sample"
  # JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher does with its own options.
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$cli" \
    "$(launcher)" check --json "$WORK/$SAMPLE_IN_JAR" >"$WORK/training.out" 2>"$WORK/training.err" || status=$?
  if [ "$status" -gt 1 ] || [ ! -s "$cli" ]; then
    cat "$WORK/training.err" >&2
    die "the packaged app failed its training run (exit status $status)"
  fi
  record_window_classes "$window"
  # The window's classes first, then those of the command line; each line once.
  local lists=("$cli")
  [ -s "$window" ] && lists=("$window" "$cli")
  awk '!seen[$0]++' "${lists[@]}" >"$list"
}

# Opens the sample in the window on a virtual display and closes it once its tables are laid out. The window writes
# its settings and its database under a home of its own here, not the builder's.
record_window_classes() {
  local list=$1 home="$WORK/training-home" display_file="$WORK/xvfb.display" xvfb app
  if [ "${NIANBAO_CDS_WINDOW:-1}" = 0 ]; then
    log "NIANBAO_CDS_WINDOW=0: the archive covers the command line, not the window"
    return 0
  fi
  if ! command -v Xvfb >/dev/null; then
    log "no Xvfb here: the archive covers the command line, not the window (apt-get install xvfb to include it)"
    return 0
  fi
  log "class-data archive: recording the classes of the window (on Xvfb)"
  mkdir -p "$home"
  : >"$display_file"
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$display_file" 2>"$WORK/xvfb.err" &
  xvfb=$!
  for _ in $(seq 1 40); do [ -s "$display_file" ] && break; sleep 0.25; done
  if [ ! -s "$display_file" ]; then
    kill "$xvfb" 2>/dev/null || true
    log "Xvfb did not start: the archive covers the command line only"
    return 0
  fi
  # StartupTiming prints "startup: ..." on standard error once the window's tables are laid out.
  DISPLAY=":$(head -n 1 "$display_file")" HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Dnianbao.startupTiming=true -XX:DumpLoadedClassList=$list" \
    "$(launcher)" "$WORK/$SAMPLE_IN_JAR" >"$WORK/window.out" 2>"$WORK/window.err" &
  app=$!
  for _ in $(seq 1 240); do # 60 s at most
    grep -q '^startup:' "$WORK/window.err" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.25
  done
  grep -q '^startup:' "$WORK/window.err" || log "the window did not say it was ready within 60 s: archiving what it loaded"
  sleep 1 # the first paint
  # SIGTERM is an orderly JVM exit, which completes the list. A window that does not go within 10 s is killed, and
  # its list (perhaps cut off in the middle of a line) is not used.
  kill -TERM "$app" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$app" 2>/dev/null || break; sleep 0.25; done
  if kill -KILL "$app" 2>/dev/null; then
    log "the window did not close on SIGTERM: the archive covers the command line only"
    rm -f "$list"
  fi
  wait "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}

# Step 2 for the app image (the .deb's postinst runs the same command at /opt/nianbao). The class path must be
# exactly the one the launcher passes: the real path of lib/app/nianbao.jar.
dump_archive() {
  local jsa jar
  jsa="$(app_dir)/nianbao.jsa"
  jar="$(app_dir)/$JAR_NAME"
  log "class-data archive: writing $jsa"
  rm -f "$jsa"
  "$IMAGE/lib/runtime/bin/java" -Xshare:dump -Xmx1g -XX:SharedClassListFile="$(app_dir)/nianbao.classlist" \
    -XX:SharedArchiveFile="$jsa" -Djava.class.path="$jar" >"$WORK/dump.log" 2>&1 \
    || { cat "$WORK/dump.log" >&2; die "java -Xshare:dump failed"; }
  chmod 644 "$jsa"
  add_cfg_options "${CDS_OPTIONS[@]}"
  # Prove the launcher uses it: app classes must come from the archive.
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$WORK/classes.log" \
    "$(launcher)" check --json "$WORK/$SAMPLE_IN_JAR" >/dev/null 2>&1 || true
  grep -q 'nianbao\.Launcher source: shared objects file' "$WORK/classes.log" \
    || die "the launcher does not use the archive it was made for (see $WORK/classes.log)"
}

# --- Desktop integration --------------------------------------------------------------------------------------------
# The file types of installer/associations/*.properties, one "key value" per line, for the OS-specific writers.
association_values() {
  local key=$1 file
  for file in "$HERE"/associations/*.properties; do
    sed -n "s/^$key=//p" "$file" | tr -d '\r'
  done
}

# Linux: "Open with" without becoming the default. Checked with JDK 17's jpackage and xdg-utils 1.1.3:
#   - jpackage --file-associations makes the postinst run xdg-mime install with a mime-info XML that redefines
#     application/pdf, text/html, ... (its description replaces the system's in file managers) and, given an icon,
#     xdg-icon-resource install --context mimetypes, which replaces the icon of every PDF on the system;
#   - its postinst installs the menu entry with xdg-desktop-menu, which writes the app into
#     /usr/share/applications/defaults.list for each MimeType of the entry that has no default there yet: the app
#     became the default for PDF, Word and HTML on this machine.
# So the .deb gets no --file-associations; our menu entry (installer/linux/nianbao.desktop) lists the MIME types, and
# our postinst copies it to /usr/share/applications and runs update-desktop-database, which lists the app under
# "Open with" and nothing more. The menu entry's id is jpackage's: <package>-<launcher>.desktop.
linux_resources() {
  local res="$WORK/resources" mimes
  mimes=$(association_values mime-type | paste -sd ';' -)
  sed -e "s|@MIME_TYPES@|$mimes;|" "$HERE/linux/nianbao.desktop" >"$res/$APP.desktop"
  local script
  for script in postinst prerm; do
    sed -e "s|@INSTALL_DIR@|/opt/$APP|g" -e "s|@DESKTOP_ID@|nianbao-$APP.desktop|g" "$HERE/linux/$script" >"$res/$script"
  done
}

package_deb() {
  command -v fakeroot >/dev/null || die "jpackage needs fakeroot for a .deb (apt-get install fakeroot)"
  command -v dpkg-deb >/dev/null || die "jpackage needs dpkg-deb for a .deb (apt-get install dpkg-dev)"
  linux_resources
  log "jpackage: building the .deb"
  # libgtk-3-0 was renamed libgtk-3-0t64 in Debian 13 / Ubuntu 24.04; either satisfies JavaFX.
  jpackage --type deb --dest "$OUT" --app-image "$IMAGE" \
    --name "$APP" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --copyright "$COPYRIGHT" --icon "$(icon_file)" --resource-dir "$WORK/resources" \
    --linux-package-name nianbao --linux-deb-maintainer "nianbao@example.invalid" \
    --linux-menu-group "Office;Viewer;" --linux-app-category utils --linux-shortcut \
    --linux-package-deps "fonts-wqy-zenhei, libgtk-3-0 | libgtk-3-0t64"
}

# Windows: jpackage's --file-associations writes each extension's default value (HKCU\Software\Classes\.pdf = our
# ProgID), which makes the app the default wherever the user has not chosen one. Instead the .msi gets one
# component of our own: a ProgID with an "open" command, listed under each extension's OpenWithProgids and the
# app's SupportedTypes. That puts Nianbao in "Open with" and leaves the default alone. The component is inserted into
# the main.wxs of the very jpackage that builds the .msi, so no copy of a jpackage template goes stale.
windows_resources() {
  local res="$WORK/resources" extracted="$WORK/jpackage-resources" component="" ext
  "$JDK/bin/jimage" extract --dir "$extracted" --include 'regex:.*main\.wxs' "$JDK/lib/modules"
  local main
  main=$(find "$extracted" -name main.wxs | head -n 1)
  [ -n "$main" ] || die "could not find jpackage's main.wxs in $JDK/lib/modules"
  local progid="Nianbao.Report" classes='Software\Classes'
  component+="<DirectoryRef Id=\"TARGETDIR\"><Component Id=\"cNianbaoOpenWith\" Guid=\"{6b0b3f5e-3c0e-4a55-9a57-4e0c1f7d2a61}\" Win64=\"yes\">"
  component+="<RegistryValue Root=\"HKCU\" Key=\"$classes\\$progid\" Value=\"Annual report (Nianbao Review)\" Type=\"string\" KeyPath=\"yes\"/>"
  component+="<RegistryValue Root=\"HKCU\" Key=\"$classes\\$progid\\DefaultIcon\" Value=\"[INSTALLDIR]$APP.exe,0\" Type=\"string\"/>"
  component+="<RegistryValue Root=\"HKCU\" Key=\"$classes\\$progid\\shell\\open\\command\" Value=\"&quot;[INSTALLDIR]$APP.exe&quot; &quot;%1&quot;\" Type=\"string\"/>"
  component+="<RegistryValue Root=\"HKCU\" Key=\"$classes\\Applications\\$APP.exe\\shell\\open\\command\" Value=\"&quot;[INSTALLDIR]$APP.exe&quot; &quot;%1&quot;\" Type=\"string\"/>"
  for ext in $(association_values extension); do
    component+="<RegistryValue Root=\"HKCU\" Key=\"$classes\\.$ext\\OpenWithProgids\" Name=\"$progid\" Value=\"\" Type=\"string\"/>"
    component+="<RegistryValue Root=\"HKCU\" Key=\"$classes\\Applications\\$APP.exe\\SupportedTypes\" Name=\".$ext\" Value=\"\" Type=\"string\"/>"
  done
  component+="</Component></DirectoryRef>"
  # Reference the component from the product's feature and define it inside <Product>. The component goes through
  # the environment because awk -v would eat its backslashes.
  COMPONENT="$component" awk '
    /<Feature Id="DefaultFeature"/ { print; print "      <ComponentRef Id=\"cNianbaoOpenWith\"/>"; next }
    /<\/Product>/ { print "    " ENVIRON["COMPONENT"] }
    { print }' "$main" >"$res/main.wxs"
  [ "$(grep -c cNianbaoOpenWith "$res/main.wxs")" -eq 2 ] \
    || die "could not add the Open-with component to jpackage's main.wxs (has its layout changed?)"
}

package_msi() {
  windows_resources
  log "jpackage: building the .msi"
  jpackage --type msi --dest "$OUT" --app-image "$IMAGE" \
    --name "$APP" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --copyright "$COPYRIGHT" --icon "$(icon_file)" --resource-dir "$WORK/resources" \
    --win-per-user-install --win-menu --win-menu-group "$APP" --win-shortcut --win-dir-chooser \
    --win-upgrade-uuid "$WIN_UPGRADE_UUID"
}

# macOS: jpackage (JDK 17) declares its --file-associations with LSHandlerRank "Owner", which lets Launch Services
# pick the app as the default for PDF and Word files. So the document types are written into Info.plist here
# instead, each with LSHandlerRank "Alternate": listed under "Open With", never preferred. The bundle is then signed
# again (ad hoc), because changing Info.plist and adding files breaks the signature jpackage gave it.
mac_document_types() {
  local plist="$IMAGE/Contents/Info.plist" types="" file name role rank uti
  grep -q CFBundleDocumentTypes "$plist" && die "$plist already declares document types"
  types+="<key>CFBundleDocumentTypes</key>"$'\n'"<array>"$'\n'
  for file in "$HERE"/associations/*.properties; do
    name=$(sed -n 's/^description=//p' "$file" | tr -d '\r')
    role=$(sed -n 's/^mac\.CFBundleTypeRole=//p' "$file" | tr -d '\r')
    rank=$(sed -n 's/^mac\.LSHandlerRank=//p' "$file" | tr -d '\r')
    types+="  <dict>"$'\n'
    types+="    <key>CFBundleTypeName</key><string>$name</string>"$'\n'
    types+="    <key>CFBundleTypeRole</key><string>${role:-Viewer}</string>"$'\n'
    types+="    <key>LSHandlerRank</key><string>${rank:-Alternate}</string>"$'\n'
    types+="    <key>LSItemContentTypes</key><array>"
    for uti in $(sed -n 's/^mac\.LSItemContentTypes=//p' "$file" | tr -d '\r' | tr ',' ' '); do
      types+="<string>$uti</string>"
    done
    types+="</array>"$'\n'"  </dict>"$'\n'
  done
  types+="</array>"
  # Insert before the </dict> that closes the top-level dictionary (the last one in the file).
  TYPES="$types" awk '{ line[NR] = $0 } /<\/dict>/ { last = NR }
    END { for (i = 1; i <= NR; i++) { if (i == last) print ENVIRON["TYPES"]; print line[i] } }' "$plist" >"$plist.new"
  mv "$plist.new" "$plist"
  if command -v plutil >/dev/null; then plutil -lint "$plist"; fi
}

package_dmg() {
  mac_document_types
  codesign --force --deep --sign - "$IMAGE"
  log "jpackage: building the .dmg"
  jpackage --type dmg --dest "$OUT" --app-image "$IMAGE" \
    --name "$APP" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --copyright "$COPYRIGHT" --icon "$(icon_file)"
}

# --- Main -----------------------------------------------------------------------------------------------------------
main() {
  [ $# -eq 1 ] || usage
  local type=$1
  case "$type" in app-image | deb | msi | dmg) ;; *) usage ;; esac
  require_host_for "$type"

  OUT="${NIANBAO_INSTALLER_DIR:-$ROOT/target/installer}"
  mkdir -p "$OUT"
  OUT=$(cd "$OUT" && pwd -P) # the real path: the launcher resolves symbolic links, and the archive must match
  WORK="$OUT/work"
  APP=$(app_name)

  find_jdk
  app_version "$type"
  prepare_input
  compute_modules
  make_runtime
  make_app_image

  case "$type" in
    app-image)
      if [ "$(host_os)" = linux ]; then
        record_class_list
        dump_archive
      fi
      log "done: $IMAGE (launcher $(launcher))"
      ;;
    deb)
      # The class list goes into the package, the archive is made by its postinst where the app is installed.
      record_class_list
      add_cfg_options "${CDS_OPTIONS[@]}"
      package_deb
      log "done: $(ls "$OUT"/*.deb)"
      ;;
    msi | dmg)
      if [ "$type" = msi ]; then package_msi; else package_dmg; fi
      log "done: $(ls "$OUT"/*."$type")"
      ;;
  esac
}

# Run main unless sourced (tests source the script to try one function).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
