#!/usr/bin/env bash
# Installs, from Debian's packages, the system tools the test suite drives, when any is missing:
#   chromium          the browser tests (playwright-core drives Debian's build, never its own)
#   fonts-noto-cjk    so that screenshots show the Chinese text
#   libreoffice       the office tests convert the Word files somkb writes to PDF (libreoffice-writer-nogui:
#                     `libreoffice` and `soffice`), and make the PDF sources that ingest reads
#   pdftotext         (poppler-utils, with pdfinfo) reads those PDF files back; somkb ingest reads PDF with it
#   postgresql-15     the PostgreSQL store's tests start a private cluster of it (initdb, pg_ctl);
#                     the tests that stop and start a server make their own even with SOMKB_TEST_PG_URL
# Run by `npm test` before vitest (the `pretest` script). Does nothing when all are present.
# Uses apt-get directly as root, through sudo otherwise; says what it installs and why.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 \
  || missing+=(fonts-noto-cjk)
{ command -v libreoffice && command -v soffice; } >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
{ command -v pdftotext && command -v pdfinfo; } >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x "${SOMKB_PG_BIN:-/usr/lib/postgresql/15/bin}/initdb" ] || missing+=(postgresql-15)

[ ${#missing[@]} -eq 0 ] && exit 0

echo "somkb tests: installing the system tools they need: ${missing[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "somkb tests: no apt-get on this machine; install ${missing[*]} (or their equivalents) and run again" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" != "0" ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "somkb tests: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${sudo[@]}" apt-get update \
  && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; } \
  >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "somkb tests: could not install ${missing[*]} (apt-get's last lines above)" >&2
  exit 1
fi
echo "somkb tests: installed ${missing[*]}" >&2
