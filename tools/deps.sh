#!/usr/bin/env bash
# deps.sh: the Debian packages trapdoor needs, and their installation.
#
#   tools/deps.sh ensure    install only what is missing (quiet if nothing)
#   tools/deps.sh install   install everything on the list (make deps)
#   tools/deps.sh check     list what is missing; exit 1 if anything is
#   tools/deps.sh apt PKG... install these packages (tools/deps-bench.sh)
#
# Each line of NEEDS is "how to tell it is there" and "the package". Uses
# apt-get, through sudo when not root.  On a system without apt-get it says
# which tools are missing and stops.
set -euo pipefail

NEEDS=(
	"cmd:gcc			gcc"
	"cmd:ld				binutils"
	"cmd:make			make"
	"cmd:qemu-system-x86_64		qemu-system-x86"
	"cmd:grub-mkrescue		grub-common"
	"file:/usr/lib/grub/i386-pc/multiboot2.mod	grub-pc-bin"
	"cmd:xorriso			xorriso"
	"cmd:mformat			mtools"
	"cmd:gdb			gdb"
	"cmd:musl-gcc			musl-tools"
	"file:/usr/lib/x86_64-linux-gnu/libc.a	libc6-dev"
	"cmd:perl			perl-base"
	"cmd:python3			python3"
	"file:/bin/busybox		busybox-static"
	"cmd:strace			strace"
	"cmd:dot			graphviz"
)

have() {
	case "$1" in
	cmd:*)	command -v "${1#cmd:}" >/dev/null 2>&1 ;;
	file:*)	[ -e "${1#file:}" ] ;;
	esac
}

missing_pkgs() {
	local line test pkg
	for line in "${NEEDS[@]}"; do
		read -r test pkg <<<"$line"
		have "$test" || echo "$pkg"
	done | sort -u
}

all_pkgs() {
	local line test pkg
	for line in "${NEEDS[@]}"; do
		read -r test pkg <<<"$line"
		echo "$pkg"
	done | sort -u
}

apt_install() {
	local sudo=()
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "deps: missing packages ($*) and no apt-get here; install them with your system's package manager" >&2
		exit 1
	fi
	if [ "$(id -u)" != 0 ]; then
		if ! command -v sudo >/dev/null 2>&1; then
			echo "deps: missing packages ($*); run as root: apt-get install $*" >&2
			exit 1
		fi
		sudo=(sudo)
	fi
	echo "deps: installing with apt-get: $*" >&2
	export DEBIAN_FRONTEND=noninteractive
	if ! "${sudo[@]}" apt-get update -qq >&2 ||
	   ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >&2; then
		echo "deps: apt-get could not install: $*" >&2
		exit 1
	fi
}

case "${1:-ensure}" in
ensure)
	pkgs=$(missing_pkgs)
	[ -z "$pkgs" ] || apt_install $pkgs
	;;
install)
	apt_install $(all_pkgs)
	;;
apt)
	shift
	[ $# -gt 0 ] || { echo "deps.sh: apt needs package names" >&2; exit 2; }
	apt_install "$@"
	;;
check)
	pkgs=$(missing_pkgs)
	if [ -n "$pkgs" ]; then
		echo "deps: missing packages:" $pkgs
		exit 1
	fi
	echo "deps: everything is installed"
	;;
*)
	echo "deps.sh: unknown command '$1' (ensure, install, check or apt)" >&2
	exit 2
	;;
esac
