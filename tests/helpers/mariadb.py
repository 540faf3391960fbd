"""A throwaway MariaDB server for tests that run what the pods run against a real database.

Debian's mariadb-server stands in for the pod's MySQL 8.4: the scripts under test speak the
same client protocol and SQL; where a client flag differs, the test says so with a shim.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from helpers import processes
from helpers.tools import require_tool


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class MariaDB:
    datadir: Path
    socket_path: Path
    port: int
    root_password: str
    process: subprocess.Popen | None = None
    host: str = "127.0.0.1"

    @classmethod
    def start(cls, base: Path, timeout: float = 60.0) -> MariaDB:
        install = require_tool("mariadb-install-db")
        server = require_tool("mariadbd", "/usr/sbin/mariadbd")
        require_tool("mariadb")
        base.mkdir(parents=True, exist_ok=True)
        db = cls(datadir=base / "data", socket_path=base / "mysqld.sock", port=free_port(),
                 root_password=secrets.token_urlsafe(12))
        user = ["--user=root"] if os.geteuid() == 0 else []
        subprocess.run([install, "--no-defaults", f"--datadir={db.datadir}", "--skip-test-db",
                        "--auth-root-authentication-method=normal", *user],
                       check=True, capture_output=True, text=True)
        log = open(base / "server.log", "w")  # noqa: SIM115 - lives as long as the server
        db.process = subprocess.Popen(
            [server, "--no-defaults", f"--datadir={db.datadir}", f"--socket={db.socket_path}",
             f"--port={db.port}", "--bind-address=127.0.0.1", f"--pid-file={base / 'mysqld.pid'}",
             "--skip-log-bin", "--innodb-buffer-pool-size=64M", "--max-allowed-packet=64M", *user],
            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while not db.socket_path.exists() or db._socket_sql("SELECT 1").returncode != 0:
            if db.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"MariaDB did not start: {(base / 'server.log').read_text()[-2000:]}")
            time.sleep(0.2)
        pw = db.root_password
        db._socket_sql(
            f"CREATE USER 'root'@'%' IDENTIFIED BY '{pw}'; GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;"
            f"ALTER USER 'root'@'localhost' IDENTIFIED BY '{pw}'; FLUSH PRIVILEGES;", check=True)
        return db

    def _socket_sql(self, sql: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run([shutil.which("mariadb") or "mariadb", "--no-defaults", f"--socket={self.socket_path}",
                               "--user=root", "-e", sql], capture_output=True, text=True, check=check)

    def sql(self, statement: str, database: str | None = None) -> str:
        """Run SQL as root over TCP (as a pod would); return tab-separated output without headers."""
        cmd = [shutil.which("mariadb") or "mariadb", "--no-defaults", f"--host={self.host}", f"--port={self.port}",
               "--user=root", "--batch", "--skip-column-names", "-e", statement]
        if database:
            cmd.append(database)
        result = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "MYSQL_PWD": self.root_password})
        if result.returncode != 0:
            raise AssertionError(f"SQL failed: {statement}\n{result.stderr}")
        return result.stdout

    def create_database(self, name: str, user: str, password: str) -> None:
        self.sql(f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET utf8mb4; "
                 f"CREATE USER IF NOT EXISTS '{user}'@'%' IDENTIFIED BY '{password}'; "
                 f"GRANT ALL ON `{name}`.* TO '{user}'@'%';")

    def tables(self, database: str) -> list[str]:
        return self.sql(f"SHOW TABLES FROM `{database}`").split()

    def stop(self) -> None:
        processes.stop(self.process, timeout=30)
