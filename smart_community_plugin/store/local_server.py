"""A private PostgreSQL + PostGIS server in one folder (`make db`, and the tests' throwaway ones): created,
started, stopped and removed here, reached on its own socket folder and on 127.0.0.1, described to QGIS and
libpq as a service in a pg_service.conf. No QGIS needed.

PostgreSQL refuses to run as root; run as root (CI, a container), the server runs as the `postgres` system
user the Debian package creates, and the folder is handed to it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

BOOTSTRAP = "postgres"      # the superuser initdb makes (named so on every machine, whoever runs it)


def pg_bin() -> Path:
    """The newest PostgreSQL's programs folder (Debian keeps them beside each other by major version)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    which = shutil.which("initdb")
    if which:
        return Path(which).resolve().parent
    raise FileNotFoundError("PostgreSQL's initdb was not found: run 'make setup' (Debian: postgresql-15)")


def free_port(preferred: int = 55432) -> int:
    """`preferred` when nothing listens there on 127.0.0.1, else a port the system picks."""
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OSError("no free port on 127.0.0.1")


@dataclass
class LocalServer:
    """The server whose data, sockets and log are under `root`."""

    root: Path
    port: int = 55432

    @property
    def data(self) -> Path:
        """The cluster's data folder (through root's link, when it is one: the server cannot follow it)."""
        return self.root.resolve() / "data"

    @property
    def sockets(self) -> Path:
        """The folder of the server's Unix socket (only the server's user may enter it)."""
        return self.root.resolve() / "run"

    @property
    def log(self) -> Path:
        """The server's log file."""
        return self.root.resolve() / "server.log"

    def _run(self, args: list[str], check: bool = True) -> subprocess.CompletedProcess:
        """A PostgreSQL program, as the postgres system user when we are root."""
        cmd = [str(pg_bin() / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if check and done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[-1500:]}")
        return done

    def create(self) -> None:
        """initdb into root/data (trust on the socket folder only, which only the server's user can enter)."""
        if os.geteuid() == 0:
            self._reachable_root()
        self.sockets.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root.resolve(), "postgres", "postgres")
            shutil.chown(self.sockets, "postgres", "postgres")
        self.sockets.chmod(0o700)
        self._run(["initdb", "-D", str(self.data), "-U", BOOTSTRAP, "-E", "UTF8", "--locale=C.UTF-8",
                   "--auth-local=trust", "--auth-host=scram-sha-256"])
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as fh:
            fh.write(f"\n# smart_community: a private server\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                     f"unix_socket_directories = '{self.sockets}'\nunix_socket_permissions = 0700\n"
                     "fsync = on\nmax_connections = 60\nshared_buffers = 128MB\n")

    def _reachable_root(self) -> None:
        """As root: when the postgres user cannot reach root (a checkout under /root, mode 700), the server's
        folder is made under /var/tmp and root becomes a link to it, so the server still lives at build/pg."""
        parent = self.root.parent
        parent.mkdir(parents=True, exist_ok=True)
        probe = subprocess.run(["runuser", "-u", "postgres", "--", "test", "-x", str(parent)], capture_output=True)
        if probe.returncode == 0 or self.root.is_symlink():
            return
        import tempfile

        real = Path(tempfile.mkdtemp(prefix="smart_community-pg-", dir="/var/tmp"))
        os.chmod(real, 0o700)
        self.root.symlink_to(real, target_is_directory=True)

    def running(self) -> bool:
        """Whether the server answers on its socket."""
        if not self.data.exists():
            return False
        done = subprocess.run([str(pg_bin() / "pg_isready"), "-h", str(self.sockets), "-p", str(self.port)],
                              capture_output=True, text=True)
        return done.returncode == 0

    def start(self) -> None:
        """Start the server (created first when its folder is empty) and wait until it answers."""
        if not self.data.exists():
            self.create()
        if self.running():
            return
        self._run(["pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start"])
        end = time.monotonic() + 30
        while not self.running():
            if time.monotonic() > end:
                raise RuntimeError(f"the server in {self.root} did not start; see {self.log}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server, letting running transactions roll back (fast mode)."""
        if self.data.exists():
            self._run(["pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"], check=False)

    def remove(self) -> None:
        """Stop the server and delete its folder (and the folder a link at root points to)."""
        self.stop()
        if self.root.is_symlink():
            real = self.root.resolve()
            self.root.unlink()
            shutil.rmtree(real, ignore_errors=True)
        else:
            shutil.rmtree(self.root, ignore_errors=True)

    def dsn(self, dbname: str = "postgres", user: str = BOOTSTRAP) -> str:
        """A libpq connection string over the socket folder."""
        return f"host={self.sockets} port={self.port} dbname={dbname} user={user}"

    def service(self, name: str, dbname: str, user: str) -> str:
        """A pg_service.conf section for this server."""
        return f"[{name}]\nhost={self.sockets}\nport={self.port}\ndbname={dbname}\nuser={user}\n"


def write_service_file(path: Path, sections: list[str]) -> Path:
    """A pg_service.conf with the given sections (replacing the file whole: staged, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f".{path.name}.{os.getpid()}.partial")
    staged.write_text("# Written by make db (smart_community). QGIS and libpq read it through PGSERVICEFILE.\n"
                      + "\n".join(sections), encoding="utf-8")
    os.replace(staged, path)
    return path


def existing_port(root: Path) -> Optional[int]:
    """The port a server created under root was given (None when there is none)."""
    conf = root / "data" / "postgresql.conf"
    if not conf.exists():
        return None
    port = None
    for line in conf.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("port ="):
            port = int(line.split("=", 1)[1].split("#")[0])
    return port
