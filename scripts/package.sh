#!/usr/bin/env bash
# Builds the release bundle of accord for one target and checks that it works after unpacking.
#
#   scripts/package.sh [OPTIONS] [TARGET]
#
#   TARGET        a Rust target triple (default: this machine's, `rustc -vV`'s host)
#   --debug       bundle the debug build instead of the release build (for tests: faster)
#   --no-build    bundle what target/ already holds instead of running cargo build
#   --out DIR     write into DIR instead of dist/
#
# It writes DIR/accord-<version>-<target>/ and the same directory archived (.tar.gz; .zip for
# Windows targets), and adds the archive to DIR/SHA256SUMS. The bundle holds:
#
#   accord, and the four built-in plugin libraries next to it (where accord looks for them)
#   include/accord_plugin.h        the plugin ABI's C header
#   sdk/accord-plugin/             the Rust plugin SDK and its test kit, as standalone crates
#   sdk/accord-plugin-testkit/     (the copy `accord plugins new` vendors; ready to publish)
#   completions/                   bash, zsh, fish, PowerShell and elvish completions
#   man/man1/                      the manual pages, accord.1 and one per command
#   docs/ examples/ README.md LICENSE-MIT LICENSE-APACHE
#   SHA256SUMS                     of every other file (`sha256sum -c SHA256SUMS`)
#
# For this machine's target it then unpacks the archive into an empty temporary directory and,
# from another empty directory with no checkout around it, runs the unpacked accord (directly and
# through a symlink): its plugins must load from the bundle, `accord init` + `accord audit` must
# work, the checksums must match, and `cargo package --list` must accept both SDK crates.
#
# Built and tested on x86_64 Linux (glibc) only. For another target (e.g.
# aarch64-unknown-linux-gnu, x86_64-apple-darwin) the cross toolchain must be installed
# (`rustup target add TARGET` and its linker); the completions, manual pages and SDK copy come
# from a host build (they are the same for every target) and the bundle is not run.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

fail() {
  echo "package.sh: $*" >&2
  exit 1
}

profile=release
build=1
dist="$root/dist"
target=""
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) profile=debug ;;
    --no-build) build="" ;;
    --out)
      [ $# -ge 2 ] || fail "--out needs a directory"
      dist="$2"
      shift
      ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
      exit 0
      ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *)
      [ -z "$target" ] || fail "one target at a time (got $target and $1)"
      target="$1"
      ;;
  esac
  shift
done
# SKIP_BUILD=1 is the older spelling of --no-build.
[ -z "${SKIP_BUILD:-}" ] || build=""

host="$(rustc -vV | sed -n 's/^host: //p')"
[ -n "$host" ] || fail "could not read the host target from rustc -vV"
target="${target:-$host}"
mkdir -p "$dist"
dist="$(cd "$dist" && pwd)"

# The built-in plugins, as cargo names their libraries (`exit-plan` → accord_exit_plan).
plugins=(transparency humility exit_plan collaboration)
packages=(-p accord-cli -p accord-transparency -p accord-humility -p accord-exit-plan -p accord-collaboration)
case "$target" in
  *-windows-*) exe=.exe lib_prefix="" lib_suffix=.dll ;;
  *-apple-*) exe="" lib_prefix=lib lib_suffix=.dylib ;;
  *) exe="" lib_prefix=lib lib_suffix=.so ;;
esac
cargo_profile=()
[ "$profile" = release ] && cargo_profile=(--release)

target_dir="$(cargo metadata --no-deps --format-version 1 |
  grep -o '"target_directory":"[^"]*"' | cut -d'"' -f4)"
if [ "$target" = "$host" ]; then
  built="$target_dir/$profile"
  target_flag=()
else
  built="$target_dir/$target/$profile"
  target_flag=(--target "$target")
fi
if [ -n "$build" ]; then
  echo "==> cargo build ${cargo_profile[*]} ${target_flag[*]} (accord and the built-in plugins)" >&2
  cargo build "${cargo_profile[@]}" "${target_flag[@]}" "${packages[@]}"
  if [ "$target" != "$host" ]; then
    # The completions, manual pages and SDK copy are written by a host accord.
    cargo build "${cargo_profile[@]}" -p accord-cli
  fi
fi
accord_built="$built/accord$exe"
tool="$target_dir/$profile/accord" # an accord this machine can run
[ -x "$accord_built" ] || fail "no $profile build at $accord_built (run without --no-build)"
[ -x "$tool" ] || fail "no $profile build for this machine at $tool (run without --no-build)"

read -r _ version commit <<<"$("$tool" --version)"
commit="${commit//[()]/}"
[ -n "$version" ] || fail "could not read the version from $tool --version"
name="accord-$version-$target"
bundle="$dist/$name"
case "$target" in
  *-windows-*) archive="$dist/$name.zip" ;;
  *) archive="$dist/$name.tar.gz" ;;
esac

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi
}

echo "==> assembling $bundle (accord $version, commit $commit)" >&2
rm -rf "$bundle" "$archive"
mkdir -p "$bundle/include" "$bundle/sdk" "$bundle/completions" "$bundle/man/man1"
cp "$accord_built" "$bundle/"
for plugin in "${plugins[@]}"; do
  library="$built/${lib_prefix}accord_$plugin$lib_suffix"
  [ -f "$library" ] || fail "the built-in plugin $library was not built"
  cp "$library" "$bundle/"
done
cp crates/accord-plugin/include/accord_plugin.h "$bundle/include/"
"$tool" __write-sdk "$bundle/sdk" >/dev/null
"$tool" completions bash >"$bundle/completions/accord.bash"
"$tool" completions zsh >"$bundle/completions/_accord"
"$tool" completions fish >"$bundle/completions/accord.fish"
"$tool" completions powershell >"$bundle/completions/_accord.ps1"
"$tool" completions elvish >"$bundle/completions/accord.elv"
"$tool" man --out "$bundle/man/man1" >/dev/null
cp -R docs examples "$bundle/"
cp README.md LICENSE-MIT LICENSE-APACHE "$bundle/"
(cd "$bundle" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort |
  while IFS= read -r file; do sha256 "$file"; done >SHA256SUMS)

# Reproducible archives where the tools allow: sorted names, no owner, files dated by the commit.
if [[ "$archive" == *.zip ]]; then
  command -v zip >/dev/null || fail "zip is needed to archive a Windows bundle"
  (cd "$dist" && zip -qr -X "$archive" "$name")
elif tar --version 2>/dev/null | grep -q GNU; then
  mtime="$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)"
  tar -C "$dist" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" \
    -cf - "$name" | gzip -n >"$archive"
else
  tar -C "$dist" -czf "$archive" "$name"
fi
(
  cd "$dist"
  for file in accord-*.tar.gz accord-*.zip; do
    if [ -f "$file" ]; then sha256 "$file"; fi
  done
) >"$dist/SHA256SUMS"

if [ "$target" != "$host" ]; then
  echo "==> not verifying: $target binaries do not run on this $host machine" >&2
  echo "$archive"
  exit 0
fi

echo "==> verifying the unpacked bundle from an empty directory outside any checkout" >&2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/unpacked" "$tmp/work" "$tmp/bin"
tar -C "$tmp/unpacked" -xzf "$archive"
unpacked="$(cd "$tmp/unpacked/$name" && pwd -P)"
(cd "$unpacked" && sha256 -c --quiet SHA256SUMS) || fail "the bundle's SHA256SUMS do not match"
ln -s "$unpacked/accord" "$tmp/bin/accord"

for accord in "$unpacked/accord" "$tmp/bin/accord"; do
  work="$(mktemp -d "$tmp/work/run.XXXX")"
  run() { (cd "$work" && env -u ACCORD_PLUGIN_PATH "$accord" "$@"); }
  run --version | grep -qF "accord $version ($commit)" || fail "$accord --version does not name $version ($commit)"
  # No ACCORD_PLUGIN_PATH: the plugins must come from the directory of the executable.
  listing="$(run plugins list)" || fail "$accord plugins list failed"
  for plugin in "${plugins[@]}"; do
    grep -qF "path    $unpacked/${lib_prefix}accord_$plugin$lib_suffix" <<<"$listing" ||
      fail "$accord did not load ${lib_prefix}accord_$plugin$lib_suffix from the bundle:"$'\n'"$listing"
  done
  out="$(run init charter.toml 2>&1)" || fail "$accord init failed:"$'\n'"$out"
  set +e
  report="$(run audit --format json charter.toml)"
  code=$?
  set -e
  [ "$code" -eq 0 ] || [ "$code" -eq 1 ] || fail "$accord audit exited $code:"$'\n'"$report"
  grep -q '"status":"audited"' <<<"$report" || fail "the charter was not audited:"$'\n'"$report"
  for plugin in transparency humility exit-plan collaboration; do
    grep -qF "\"name\":\"$plugin\"" <<<"$report" || fail "the report names no plugin $plugin"
  done
  echo "ok: $accord init + audit in an empty directory, with the bundled plugins (exit $code)" >&2
done

# The SDK crates as shipped are what `cargo publish` would take (offline: the build just
# fetched their dependencies).
for crate in accord-plugin accord-plugin-testkit; do
  listed="$(cd "$unpacked/sdk/$crate" &&
    CARGO_TARGET_DIR="$tmp/cargo-target" cargo package --list --offline --quiet 2>"$tmp/package.err")" ||
    fail "cargo package --list failed for sdk/$crate:"$'\n'"$(cat "$tmp/package.err")"
  for file in Cargo.toml README.md LICENSE-MIT LICENSE-APACHE src/lib.rs; do
    grep -qx "$file" <<<"$listed" || fail "sdk/$crate would not ship $file:"$'\n'"$listed"
  done
done
echo "ok: cargo package --list accepts sdk/accord-plugin and sdk/accord-plugin-testkit" >&2

# What was made, and the oldest glibc the binaries need (for the README's platform note).
echo "$archive"
du -h "$archive" | cut -f1 | sed 's/^/size /'
if command -v objdump >/dev/null && [ "$(uname -s)" = Linux ]; then
  glibc="$(objdump -T "$bundle"/accord "$bundle"/*"$lib_suffix" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)"
  echo "needs ${glibc/_/ } or later"
fi
