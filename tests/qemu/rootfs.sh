#!/usr/bin/env bash
# The root: the default archive is unpacked into a tmpfs at boot, its
# counts match the manifest and the self-check after pid 1 still finds
# every frame of pid 1 returned.  A hand-made archive (GNU cpio's layout:
# real mtimes, a hard link whose data is on its last name) shows the
# kernel really holds the bytes (selftest=rootfs reads them back through
# the VFS), and archives that do not fit (or memory that runs out) stop
# the boot with status 126.
. "$(dirname "$0")/lib.sh"
demo=$root/build/user/demo
manifest_counts

td "$demo"
expect_status 0
expect_in "$log" "^root: tmpfs, $entries entries unpacked \($files files, $dirs directories, $links symlinks, $devs devices, 0 fifos, 0 sockets\), [0-9]+ KiB in [0-9]+ pages, $entries inodes, [0-9]+ objects in [0-9]+ frames, [0-9]+ us$"
expect_in "$log" "^self-check: the root holds $entries inodes and [0-9]+ data pages; kmalloc [0-9]+ objects in [0-9]+ frames; 0 open files$"
expect_in "$log" '^trapdoor: kernel healthy: every frame of pid 1 returned'
expect_in "$out" '^hello from ring 3'

# The default archive's own hostname, through the VFS.
td --selftest rootfs
expect_status 0
host=$(head -n 1 "$root/initramfs/etc/hostname")
size=$(stat -c %s "$root/initramfs/etc/hostname")
expect_in "$log" "^selftest rootfs: /etc/hostname: $size bytes, mode 100644, nlink 1, uid 0, gid 0, mtime 0: $host\$"
expect_in "$log" "^selftest rootfs: /bin/sh -> /bin/busybox: mode 100755, $(stat -c %s /bin/busybox) bytes\$"
expect_in "$log" '^selftest rootfs: ok$'

# mkcpio OUT ENTRY...: a newc archive; ENTRY is TYPE:PATH:MODE:MTIME:NLINK:INO[:DATA]
# (octal MODE without the type; DATA is a file's bytes or a symlink's
# target; c/b PATH's DATA is MAJOR,MINOR).
mkcpio() {
	python3 - "$@" <<'PY'
import sys
out, ents = sys.argv[1], sys.argv[2:]
types = {'d': 0o040000, 'f': 0o100000, 'l': 0o120000, 'c': 0o020000,
         'p': 0o010000}
buf = b''
def entry(name, mode, mtime, nlink, ino, data=b'', rmaj=0, rmin=0):
    global buf
    name = name.encode() + b'\0'
    f = [ino, mode, 0, 0, nlink, mtime, len(data), 0, 0, rmaj, rmin,
         len(name), 0]
    buf += b'070701' + b''.join(b'%08X' % v for v in f) + name
    buf += b'\0' * (-len(buf) % 4) + data
    buf += b'\0' * (-len(buf) % 4)
for e in ents:
    t, path, mode, mtime, nlink, ino, *rest = e.split(':', 6)
    data = rest[0].encode().decode('unicode_escape').encode() if rest else b''
    rmaj = rmin = 0
    if t in 'cb':
        rmaj, rmin = map(int, data.split(b','))
        data = b''
    entry(path, types[t] | int(mode, 8), int(mtime), int(nlink), int(ino),
          data, rmaj, rmin)
entry('TRAILER!!!', 0, 0, 1, 0)
open(out, 'wb').write(buf + b'\0' * (-len(buf) % 512))
PY
}

# /etc/hostname is the first name of a hard link: no data of its own, it
# must come from /etc/hostname.bak, the last one.
mkcpio "$T/custom.cpio" d:.:755:1600000000:2:1 d:etc:750:1600000100:2:2 \
	d:bin:755:1600000200:2:3 \
	"f:etc/hostname:640:1600000300:2:4" \
	"f:etc/hostname.bak:640:1600000300:2:4:custom-root\nsecond line\n" \
	l:bin/sh:777:1600000400:1:5:../etc/hostname \
	p:etc/fifo:600:1600000500:1:6 c:etc/null:666:1600000600:1:7:1,3 ||
	fail "cannot make the archive"
td --initramfs "$T/custom.cpio" --selftest rootfs
expect_status 0
expect_in "$log" '^root: tmpfs, 8 entries unpacked \(2 files, 3 directories, 1 symlinks, 1 devices, 1 fifos, 0 sockets\), 1 KiB in 1 pages, 7 inodes, '
expect_in "$log" '^selftest rootfs: /etc/hostname: 24 bytes, mode 100640, nlink 2, uid 0, gid 0, mtime 1600000300: custom-root$'
expect_in "$log" '^selftest rootfs: /bin/sh -> ../etc/hostname: mode 100640, 24 bytes$'
expect_in "$log" '^selftest rootfs: ok$'

# refused FILE MESSAGE [RUNNER OPTIONS]: the boot stops with 126 and the
# one line.
refused() {
	local file=$1 msg=$2
	shift 2
	td "$@" --initramfs "$file" "$demo"
	expect_status 126
	expect_one_stderr_line "^trapdoor-run: kernel refused: root: cannot unpack $msg\$"
	expect_not_in "$log" 'PANIC'
	expect_not_in "$log" '^trapdoor: pid 1'
	[ -s "$out" ] && fail "the program ran: $(head -n 3 "$out")"
	return 0
}

mkcpio "$T/noparent.cpio" d:.:755:0:2:1 f:etc/hostname:644:0:1:2:x ||
	fail "cannot make the archive"
refused "$T/noparent.cpio" '/etc/hostname: ENOENT \(-2\)'

mkcpio "$T/dup.cpio" d:.:755:0:2:1 f:a:644:0:1:2:x f:a:644:0:1:3:y ||
	fail "cannot make the archive"
refused "$T/dup.cpio" '/a: EEXIST \(-17\)'

# A directory over a file is a duplicate too, not a merge.
mkcpio "$T/dirfile.cpio" d:.:755:0:2:1 f:a:644:0:1:2:x d:a:755:0:2:3 ||
	fail "cannot make the archive"
refused "$T/dirfile.cpio" '/a: EEXIST \(-17\)'
# Out of memory part-way (6 MiB: the kernel boots, the 2 MB of busybox
# and its copy do not both fit): a failure like the others, not a panic.
refused "$root/build/initramfs.cpio" '/[^ ]+: (ENOMEM \(-12\)|ENOSPC \(-28\))' --memory 6M
exit 0
