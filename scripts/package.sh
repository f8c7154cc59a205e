#!/usr/bin/env bash
# Builds a release bundle of accord and checks that it works after unpacking:
#
#   dist/accord-<version>-<target>/          accord, the four built-in plugin libraries next to
#                                            it (where accord looks for them), README.md and
#                                            the licences (LICENSE-MIT, LICENSE-APACHE)
#   dist/accord-<version>-<target>.tar.gz    the same directory, archived
#   dist/accord-<version>-<target>.tar.gz.sha256
#
# Then it unpacks the archive into a temporary directory and, from another working directory,
# runs the unpacked `accord` (directly and through a symlink) on an example charter: it must
# load every built-in plugin from the bundle and audit the charter (exit 0 or 1).
#
#   scripts/package.sh              build (cargo build --release --workspace), assemble, verify
#   SKIP_BUILD=1 scripts/package.sh reuse what target/release already holds
#
# Built and tested on x86_64 Linux (glibc). The script knows macOS library names (.dylib) but
# has not been run there; Windows is not supported by it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

# The built-in plugins, as cargo names their libraries (`exit-plan` → accord_exit_plan).
plugins=(transparency humility exit_plan collaboration)

fail() {
  echo "package.sh: $*" >&2
  exit 1
}

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "==> cargo build --release --workspace" >&2
  cargo build --release --workspace
fi

target_dir="$(cargo metadata --no-deps --format-version 1 |
  grep -o '"target_directory":"[^"]*"' | cut -d'"' -f4)"
release="$target_dir/release"
[ -x "$release/accord" ] || fail "no release build at $release/accord (run without SKIP_BUILD)"
host="$(rustc -vV | sed -n 's/^host: //p')"
version="$("$release/accord" --version | awk '{print $2}')"
[ -n "$host" ] && [ -n "$version" ] || fail "could not read the target ($host) or version ($version)"
case "$(uname -s)" in
  Darwin) suffix=.dylib ;;
  *) suffix=.so ;;
esac

name="accord-$version-$host"
dist="$root/dist"
bundle="$dist/$name"
archive="$dist/$name.tar.gz"

echo "==> assembling $bundle" >&2
rm -rf "$bundle" "$archive" "$archive.sha256"
mkdir -p "$bundle"
cp "$release/accord" "$bundle/"
for plugin in "${plugins[@]}"; do
  library="$release/libaccord_$plugin$suffix"
  [ -f "$library" ] || fail "the built-in plugin $library was not built"
  cp "$library" "$bundle/"
done
cp README.md LICENSE-MIT LICENSE-APACHE "$bundle/"
if tar --version 2>/dev/null | grep -q GNU; then
  tar -C "$dist" --sort=name --owner=0 --group=0 --numeric-owner -czf "$archive" "$name"
else
  tar -C "$dist" -czf "$archive" "$name"
fi
if command -v sha256sum >/dev/null; then
  (cd "$dist" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
else
  (cd "$dist" && shasum -a 256 "$name.tar.gz" >"$name.tar.gz.sha256")
fi

echo "==> verifying the unpacked bundle from another working directory" >&2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/unpacked" "$tmp/work" "$tmp/bin"
tar -C "$tmp/unpacked" -xzf "$archive"
unpacked="$(cd "$tmp/unpacked/$name" && pwd -P)"
cp examples/charters/rebuild-haiti.toml "$tmp/work/charter.toml"
ln -s "$unpacked/accord" "$tmp/bin/accord"

for accord in "$unpacked/accord" "$tmp/bin/accord"; do
  # No ACCORD_PLUGIN_PATH: the plugins must come from the directory of the executable.
  listing="$(cd "$tmp/work" && env -u ACCORD_PLUGIN_PATH "$accord" plugins list)" ||
    fail "$accord plugins list failed"
  for plugin in "${plugins[@]}"; do
    grep -qF "path    $unpacked/libaccord_$plugin$suffix" <<<"$listing" ||
      fail "$accord did not load libaccord_$plugin$suffix from the bundle:"$'\n'"$listing"
  done
  set +e
  report="$(cd "$tmp/work" && env -u ACCORD_PLUGIN_PATH "$accord" audit --format json charter.toml)"
  code=$?
  set -e
  [ "$code" -eq 0 ] || [ "$code" -eq 1 ] || fail "$accord audit exited $code:"$'\n'"$report"
  grep -q '"status":"audited"' <<<"$report" || fail "the charter was not audited:"$'\n'"$report"
  for plugin in transparency humility exit-plan collaboration; do
    grep -qF "\"name\":\"$plugin\"" <<<"$report" || fail "the report names no plugin $plugin"
  done
  echo "ok: $accord audited charter.toml with the bundled plugins (exit $code)" >&2
done

# What was made, and the oldest glibc the binaries need (for the README's platform note).
echo "$archive"
tar -tzvf "$archive"
cat "$archive.sha256"
if command -v objdump >/dev/null && [ "$(uname -s)" = Linux ]; then
  glibc="$(objdump -T "$bundle"/accord "$bundle"/*"$suffix" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)"
  echo "needs ${glibc/_/ } or later"
fi
