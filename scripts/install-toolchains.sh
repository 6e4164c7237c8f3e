#!/usr/bin/env bash
# Installs, from Debian's packages, the compilers and checkers the target tests
# run generated code with. Idempotent: does nothing when all are present.
set -euo pipefail

packages=(
  golang-go                     # go, gofmt
  default-jdk-headless          # javac, java
  libjackson2-databind-java     # /usr/share/java/jackson-*.jar
  mono-mcs                      # mcs (C# 7.x)
  libnewtonsoft-json-cil-dev    # mcs -pkg:newtonsoft-json
  mono-runtime pkg-config       # mono runs the C# driver; mcs -pkg: needs pkg-config
  python3 mypy black            # python3, mypy --strict, black --check
  ruby rubocop                  # ruby -wc, rubocop
  php-cli php-codesniffer       # php -l, phpcs --standard=PSR12
  pre-commit git                # the pre-commit hook test
)
commands=(go gofmt javac java mcs mono pkg-config python3 mypy black ruby rubocop php phpcs pre-commit git)

missing=()
for c in "${commands[@]}"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
[ -f /usr/share/java/jackson-databind.jar ] || missing+=(jackson-databind.jar)
[ -d /usr/lib/mono/newtonsoft-json ] || [ -n "$(ls /usr/lib/cli/Newtonsoft.Json* 2>/dev/null)" ] || missing+=(newtonsoft-json)

if [ ${#missing[@]} -eq 0 ]; then
  echo "toolchains: all present"
  exit 0
fi
echo "toolchains: installing (missing: ${missing[*]})"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "toolchains: installed"
