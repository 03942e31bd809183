"""A throw-away PostgreSQL cluster for the tests and the server benchmark.

Debian's `initdb`/`pg_ctl` in a temporary folder, listening on a free loopback port with TLS only
(a certificate authority and a server certificate made here with `cryptography`, so that clients
connect with `sslmode=verify-full` exactly as a workstation does) and on a Unix socket in the same
folder, where the superuser `postgres` is trusted (the test's stand-in for the server
administrator's own shell). As root, the server runs as the `postgres` system user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

BIN_CANDIDATES = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15)]


def postgres_bin() -> Path | None:
    """The folder of initdb/pg_ctl of PostgreSQL 15 or newer, or None."""
    override = os.environ.get("CASEDESK_PG_BIN")
    for folder in ([Path(override)] if override else []) + BIN_CANDIDATES:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CaseDesk test council"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_certificates(folder: Path, hosts: tuple[str, ...] = ("localhost",),
                      ips: tuple[str, ...] = ("127.0.0.1",)) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for `hosts`/`ips`: (ca.crt, server.crt, key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Test council CA")).issuer_name(
        _name("Test council CA")).public_key(ca_key.public_key()).serial_number(
        x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = [x509.DNSName(h) for h in hosts]
    names += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
    server = (x509.CertificateBuilder().subject_name(_name(hosts[0])).issuer_name(ca.subject)
              .public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(minutes=5))
              .not_valid_after(now + dt.timedelta(days=2))
              .add_extension(x509.SubjectAlternativeName(names), critical=False)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(_pem_key(key))
    paths[2].chmod(0o600)
    return paths


@dataclass
class Cluster:
    """A running throw-away cluster; `stop()` removes everything."""

    root: Path
    bin: Path
    port: int
    ca_file: Path
    host: str = "127.0.0.1"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "run"

    def admin_dsn(self, database: str = "postgres") -> str:
        """The superuser over the Unix socket (trusted): what `casedesk server init` gets."""
        return f"postgresql://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=120, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: "
                               f"{done.stderr.strip()[-500:]}")

    def halt(self) -> None:
        """Stop the server and keep its folder (a kept cluster: `open_kept` starts it again)."""
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.root, ignore_errors=True)


def open_kept(root: Path, *, fsync: bool = True, max_connections: int = 120) -> Cluster:
    """The cluster kept in `root` (the benchmark's `--keep`), started; made there if absent."""
    folder = postgres_bin()
    if folder is None:
        raise FileNotFoundError("PostgreSQL 15+ (initdb, pg_ctl) is not installed")
    if not (root / "data" / "PG_VERSION").exists():
        return _start(fsync, max_connections, root)
    cluster = Cluster(root, folder, int((root / "port").read_text()), root / "tls" / "ca.crt")
    cluster._run(str(folder / "pg_ctl"), "-D", str(cluster.data), "-l",
                 str(root / "run" / "server.log"), "-w", "-t", "60", "start")
    return cluster


def start_cluster(*, fsync: bool = False, max_connections: int = 120) -> Cluster:
    """initdb, certificates, TLS-only loopback listener, pg_ctl start; returns when ready (a
    port taken meanwhile by another process is retried with another one)."""
    for attempt in range(3):
        try:
            return _start(fsync, max_connections)
        except RuntimeError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _start(fsync: bool, max_connections: int, kept: Path | None = None) -> Cluster:
    folder = postgres_bin()
    if folder is None:
        raise FileNotFoundError("PostgreSQL 15+ (initdb, pg_ctl) is not installed")
    root = kept or Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    (root / "run").mkdir()
    certs = root / "tls"
    certs.mkdir()
    ca_file, cert, key = make_certificates(certs)
    cluster = Cluster(root, folder, _free_port(), ca_file)
    (root / "port").write_text(str(cluster.port))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        root.chmod(0o755)
        ca_file.chmod(0o644)
        for path in [root, root / "run", certs, cert, key]:
            os.chown(path, account.pw_uid, account.pw_gid)
    try:
        cluster._run(str(folder / "initdb"), "-D", str(cluster.data), "-U", "postgres",
                     "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust",
                     "--auth-host=scram-sha-256")
        _configure(cluster, cert, key, fsync, max_connections)
        cluster._run(str(folder / "pg_ctl"), "-D", str(cluster.data), "-l",
                     str(root / "run" / "server.log"), "-w", "-t", "60", "start")
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster


def _configure(cluster: Cluster, cert: Path, key: Path, fsync: bool, max_connections: int) -> None:
    conf = cluster.data / "postgresql.conf"
    settings = {
        "listen_addresses": "'127.0.0.1'", "port": str(cluster.port),
        "unix_socket_directories": f"'{cluster.socket_dir}'", "ssl": "on",
        "ssl_cert_file": f"'{cert}'", "ssl_key_file": f"'{key}'",
        "ssl_min_protocol_version": "'TLSv1.2'", "password_encryption": "'scram-sha-256'",
        "max_connections": str(max_connections), "fsync": "on" if fsync else "off",
        "synchronous_commit": "on" if fsync else "off", "full_page_writes": "on" if fsync else "off",
        "shared_buffers": "'256MB'", "log_min_messages": "warning", "timezone": "'UTC'",
        "deadlock_timeout": "'200ms'",
        # as docs/SERVER.md asks (server check fails without it), shorter than its 2 s
        "shared_preload_libraries": "'auth_delay'", "auth_delay.milliseconds": "200",
    }
    with conf.open("a", encoding="utf-8") as handle:
        handle.write("\n# casedesk test cluster\n")
        handle.writelines(f"{k} = {v}\n" for k, v in settings.items())
    # TLS with a password only, from loopback; the trusted socket serves the superuser alone.
    (cluster.data / "pg_hba.conf").write_text(
        "local   all   postgres                 trust\n"
        "local   all   all                      reject\n"
        "hostssl all   postgres   0.0.0.0/0     reject\n"
        "hostssl all   all        127.0.0.1/32  scram-sha-256\n"
        "host    all   all        0.0.0.0/0     reject\n", encoding="utf-8")
