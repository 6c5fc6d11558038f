#!/usr/bin/env bash
# deps-bench.sh: what the Linux side of tools/bench-syscalls needs (make
# deps-bench), installed with apt-get (through sudo when not root).
#
#   tools/deps-bench.sh           install only what is missing (says what);
#                                 nothing at all when everything is there
#   tools/deps-bench.sh check     list what is missing; exit 1 if anything is
#
# The list:
#   linux-image-amd64   Debian's kernel: tools/bench-syscalls boots the
#                       newest /boot/vmlinuz-* under QEMU, with the same
#                       settings as trapdoor (installing it in a container
#                       only drops files in /boot; nothing boots it here);
#                       on Ubuntu, which has no such package,
#                       linux-image-generic
#   cpio                the initramfs holding the bench as /init
#   musl-tools          musl-gcc: the bench is one static musl binary, the
#                       same file on both kernels
set -euo pipefail
me=deps-bench

# A readable kernel image: Ubuntu's are 0600, which QEMU (run as a user)
# cannot read; that is not something apt-get fixes, so only say so.
have_kernel() {
	local f
	for f in /boot/vmlinuz-*; do
		[ -r "$f" ] && return 0
	done
	return 1
}

# Debian's meta-package, or Ubuntu's name for the same thing.
kernel_pkg() {
	local p
	for p in linux-image-amd64 linux-image-generic; do
		if apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
			echo "$p"
			return
		fi
	done
	echo linux-image-amd64	# apt-get will say it cannot find it
}

missing_pkgs() {
	have_kernel || kernel_pkg
	command -v cpio >/dev/null 2>&1 || echo cpio
	command -v musl-gcc >/dev/null 2>&1 || echo musl-tools
}

# The installing itself is deps.sh's: apt-get, through sudo when not root.
apt_install() {
	"$(dirname "$0")/deps.sh" apt "$@"
}

case "${1:-install}" in
install)
	# (kernel_pkg asks apt-cache, which needs no update for a package
	# that the lists already have)
	pkgs=$(missing_pkgs | tr '\n' ' ')
	[ -z "${pkgs// /}" ] || apt_install $pkgs
	if ! have_kernel; then
		if compgen -G '/boot/vmlinuz-*' >/dev/null; then
			echo "$me: /boot/vmlinuz-* is there but not readable; 'sudo chmod a+r /boot/vmlinuz-*'" >&2
		else
			echo "$me: still no /boot/vmlinuz-* after installing" >&2
		fi
		exit 1
	fi
	;;
check)
	pkgs=$(missing_pkgs | tr '\n' ' ')
	if [ -n "${pkgs// /}" ]; then
		echo "$me: missing packages: $pkgs"
		exit 1
	fi
	echo "$me: everything is installed"
	;;
*)
	echo "$me: unknown command '$1' (install or check)" >&2
	exit 2
	;;
esac
