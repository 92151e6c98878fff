#!/usr/bin/env python3
"""Writes the dpkg database of packages that were unpacked but not installed
(mmdebstrap --variant=extract), as dpkg would have left it, for dpkg-query and
dpkg-shlibdeps run with --admindir: the status file (each package "install ok
installed"), and in info/ each package's file list and control files (shlibs,
symbols, md5sums, triggers...), named PACKAGE:ARCH.* for Multi-Arch: same.
    register-debs.py ADMINDIR DEB...
Reads the .deb files itself (ar, then tar with gzip, xz or bzip2), so that the
few hundred packages of a root take seconds; other compressions go through
dpkg-deb.
"""
import io
import os
import subprocess
import sys
import tarfile


def ar_members(path):
    with open(path, "rb") as f:
        if f.read(8) != b"!<arch>\n":
            raise SystemExit(f"register-debs: {path}: not a Debian package")
        while True:
            header = f.read(60)
            if len(header) < 60:
                return
            name = header[:16].decode().strip().rstrip("/")
            size = int(header[48:58])
            data = f.read(size)
            if size % 2:
                f.read(1)
            yield name, data


def tar_of(deb, members, kind):
    """The control or data tarball of DEB (kind: control or data)."""
    for name, data in members:
        if name.startswith(kind + ".tar"):
            try:
                return tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
            except tarfile.ReadError:
                option = "--ctrl-tarfile" if kind == "control" else "--fsys-tarfile"
                out = subprocess.run(["dpkg-deb", option, deb], check=True,
                                     stdout=subprocess.PIPE).stdout
                return tarfile.open(fileobj=io.BytesIO(out), mode="r:")
    raise SystemExit(f"register-debs: {deb}: no {kind} tarball")


def fields(control):
    result = {}
    for line in control.splitlines():
        if line and not line[0].isspace() and ":" in line:
            key, value = line.split(":", 1)
            result[key] = value.strip()
    return result


def main():
    admin, debs = sys.argv[1], sys.argv[2:]
    info = os.path.join(admin, "info")
    os.makedirs(info, exist_ok=True)
    os.makedirs(os.path.join(admin, "updates"), exist_ok=True)
    # The multiarch layout of info/ (PACKAGE:ARCH.list for Multi-Arch: same).
    with open(os.path.join(info, "format"), "w") as f:
        f.write("1\n")
    stanzas = {}
    for deb in debs:
        members = list(ar_members(deb))
        with tar_of(deb, members, "control") as control_tar:
            control_files = {}
            for m in control_tar.getmembers():
                if m.isfile():
                    control_files[os.path.basename(m.name)] = control_tar.extractfile(m).read()
        control = control_files.pop("control").decode("utf-8").rstrip("\n")
        f = fields(control)
        name = f["Package"]
        if f.get("Multi-Arch") == "same":
            name += ":" + f["Architecture"]
        lines = control.split("\n")
        stanzas[name] = "\n".join(lines[:1] + ["Status: install ok installed"] + lines[1:])
        for kind, content in control_files.items():
            with open(os.path.join(info, f"{name}.{kind}"), "wb") as out:
                out.write(content)
        with tar_of(deb, members, "data") as data_tar, \
                open(os.path.join(info, f"{name}.list"), "w", encoding="utf-8") as out:
            for m in data_tar:
                path = m.name[2:] if m.name.startswith("./") else m.name
                path = path.rstrip("/")
                out.write("/." if path in ("", ".") else "/" + path)
                out.write("\n")
    with open(os.path.join(admin, "status"), "w", encoding="utf-8") as out:
        for name in sorted(stanzas):
            out.write(stanzas[name] + "\n\n")
    open(os.path.join(admin, "available"), "a").close()


main()
