# Shared by scripts/up, scripts/down and scripts/test. Source it; do not run it.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian packages the project needs to build, run and test.
PACKAGES=(
  pkg-config libhiredis-dev libsystemd-dev libprotobuf-c-dev   # C libraries, linked
  libsodium-dev                                                # password hashing (argon2id), tokens
  protobuf-c-compiler protobuf-compiler                        # scripts/gen-proto; protoc for checks
  redis-server redis-sentinel                                  # QuestionsDB and MetadataDB, replicated with failover
  python3 python3-yaml python3-protobuf                        # scripts/gen-tests; the Python client test
  systemd util-linux curl                                      # systemd-socket-activate, setpriv (tests), readiness checks
  openssl iproute2 debootstrap jq                              # test certificates, test hosts (netns), images (jq reads runtime/*/language.json)
  libjs-codemirror                                             # the web page's editor
  chromium chromium-driver python3-selenium                    # browser tests of the web page
)

step_started=0
step() { step_started=$(date +%s); echo "==> $*"; }
step_done() { echo "    done in $(( $(date +%s) - step_started )) s"; }

# Installs whatever of PACKAGES is missing (needs root and apt).
ensure_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "error: need root to install ${missing[*]}" >&2; return 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The Debian archive this host installs from, as apt itself is told: the first `URIs:` of
# /etc/apt/sources.list.d/*.sources (deb822) or `deb URI` line of the sources lists that is not a
# security archive; CLONECODE_DEBIAN_MIRROR overrides. `debian_mirror security` gives the security
# archive's (for images: SUITE-security). Fails when the host names none.
debian_mirror() {
  local want=${1:-main} uri
  if [ "$want" = main ] && [ -n "${CLONECODE_DEBIAN_MIRROR:-}" ]; then echo "$CLONECODE_DEBIAN_MIRROR"; return 0; fi
  if [ "$want" = security ] && [ -n "${CLONECODE_DEBIAN_SECURITY_MIRROR:-}" ]; then echo "$CLONECODE_DEBIAN_SECURITY_MIRROR"; return 0; fi
  uri=$( { for f in /etc/apt/sources.list.d/*.sources; do [ -f "$f" ] && awk '
             /^[ \t]*$/ { if (u != "" && t ~ /deb( |$)/) print u; u = ""; t = "" }
             /^URIs:/ { u = $2 } /^Types:/ { t = $0 " " } END { if (u != "" && t ~ /deb( |$)/) print u }' "$f"; done
           cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; break } }'
         } | if [ "$want" = security ]; then grep -- '-security' ; else grep -v -- '-security'; fi | head -1)
  [ -n "$uri" ] || { echo "error: no Debian ${want} archive in this host's apt sources (set CLONECODE_DEBIAN_MIRROR)" >&2; return 1; }
  echo "${uri%/}"
}

# Where `swift build` puts binaries for a configuration.
bin_dir() { (cd "$ROOT" && swift build -c "$1" --show-bin-path); }

# Builds the daemons and the CLI for installing: release, with the Swift runtime linked in, so that a
# host needs only Debian's libraries (libhiredis, libsystemd, libprotobuf-c). Prints the folder.
build_release() {
  local scratch="$ROOT/.build-install" log
  log=$(mktemp)
  if ! (cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$scratch" >"$log" 2>&1); then
    grep -E "error" "$log" >&2 || tail -20 "$log" >&2
    rm -f "$log"; echo "error: the release build failed" >&2; return 1
  fi
  rm -f "$log"
  (cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)
}

# Debian packages a host running the fleet needs (no build tools).
RUNTIME_PACKAGES=(libhiredis0.14 libprotobuf-c1 libsystemd0 libsodium23 libjs-codemirror redis-server redis-sentinel curl)
