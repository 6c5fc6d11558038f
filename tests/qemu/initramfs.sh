#!/usr/bin/env bash
# The initramfs: the default archive is checked at boot and its counts,
# logged, match the manifest; corrupt archives (made here) stop the boot
# with status 126 and one line naming the offset and the fault, on both
# boot paths, never with a panic and never running the program.
. "$(dirname "$0")/lib.sh"
demo=$root/build/user/demo
cpio=$root/build/initramfs.cpio
[ -f "$cpio" ] || fail "$cpio not built"

# What the manifest promises (lib.sh: manifest_counts).
manifest_counts
size=$(stat -c %s "$cpio")

td "$demo"
expect_status 0
expect_in "$log" "^initramfs: $entries entries, $size bytes \($files files, $dirs directories, $links symlinks, $devs devices, 0 fifos, 0 sockets\), checked in [0-9]+ us$"
expect_in "$out" '^hello from ring 3'

# A small archive to break: "." at 0, "etc" at 0x70, "etc/hostname" at
# 0xe4 (its name at 0x152, its 9 bytes of data at 0x160), the trailer at
# 0x16c.
printf 'trapdoor\n' >"$T/hostname"
cat >"$T/manifest" <<EOM
dir  /			0755 0 0
dir  /etc		0755 0 0
file /etc/hostname	$T/hostname 0644 0 0
EOM
"$root/tools/mkinitramfs" "$T/manifest" "$T/good.cpio" || fail "mkinitramfs failed"
[ "$(stat -c %s "$T/good.cpio")" = 488 ] || fail "the small archive is not 488 bytes"

# patch FILE OFFSET BYTES: overwrite at OFFSET with BYTES.
patch() {
	printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none ||
		fail "cannot patch $1"
}

# corrupt FILE MESSAGE [RUNNER OPTIONS]: booting with FILE ends in 126 and
# the one line, and the program never ran.
corrupt() {
	local file=$1 msg=$2
	shift 2
	td "$@" --initramfs "$file" "$demo"
	expect_status 126
	expect_one_stderr_line "^trapdoor-run: kernel refused: initramfs: corrupt archive at $msg\$"
	expect_in "$log" "^trapdoor: error: initramfs: corrupt archive at $msg\$"
	expect_not_in "$log" 'PANIC'
	expect_not_in "$log" '^trapdoor: pid 1'
	[ -s "$out" ] && fail "the program ran: $(head -n 3 "$out")"
	return 0
}

td --initramfs "$T/good.cpio" "$demo"
expect_status 0
expect_in "$log" '^initramfs: 3 entries, 488 bytes \(1 files, 2 directories, 0 symlinks, 0 devices, 0 fifos, 0 sockets\)'

head -c 345 "$T/good.cpio" >"$T/cut-name.cpio"
corrupt "$T/cut-name.cpio" 'offset 0x152: name runs past the end of the archive'

head -c 355 "$T/good.cpio" >"$T/cut-data.cpio"
corrupt "$T/cut-data.cpio" 'offset 0x160: data \(9 bytes\) runs past the end of the archive'

head -c 400 "$T/good.cpio" >"$T/cut-header.cpio"
corrupt "$T/cut-header.cpio" 'offset 0x16c: truncated header: 36 bytes left, a header takes 110'

cp "$T/good.cpio" "$T/magic.cpio"
patch "$T/magic.cpio" $((0x70 + 5)) 9
corrupt "$T/magic.cpio" 'offset 0x70: bad magic: not a cpio newc header \(070701\)'

cp "$T/good.cpio" "$T/crc.cpio"
patch "$T/crc.cpio" 5 2
corrupt "$T/crc.cpio" 'offset 0x0: newc with checksums \(magic 070702\) is not supported, only plain newc \(070701\)'

cp "$T/good.cpio" "$T/dotdot.cpio"
patch "$T/dotdot.cpio" $((0x152)) '../etc/hosts'
corrupt "$T/dotdot.cpio" 'offset 0x152: name "\.\./etc/hosts" has a "\.\." component'

# The default archive cut inside busybox's data, and through GRUB.
head -c 1000000 "$cpio" >"$T/cut-busybox.cpio"
corrupt "$T/cut-busybox.cpio" "offset 0x[0-9a-f]+: data \($(stat -c %s /bin/busybox) bytes\) runs past the end of the archive"
corrupt "$T/dotdot.cpio" 'offset 0x152: name "\.\./etc/hosts" has a "\.\." component' --iso

# A missing archive is the runner's own error.
td --initramfs "$T/nosuch.cpio" "$demo"
expect_status 125
expect_one_stderr_line "initramfs $T/nosuch.cpio not found"
# A prebuilt ISO carries its own.
td --iso-image "$root/build/trapdoor.iso" --initramfs "$T/good.cpio"
expect_status 125
expect_one_stderr_line "boots the ISO as it is: .*--initramfs"
exit 0
