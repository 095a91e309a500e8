"""Where the S3 endpoint, region and credentials come from: a Prefect block, or boto's chain.

With NEWSLEDGER_S3_CREDENTIALS_BLOCK naming a prefect-aws `AwsCredentials` block (keys, session
token, profile, region, and an endpoint in its client parameters), that block is used: a team
keeps its secrets on the Prefect server instead of on every worker. Without it, the usual AWS
settings apply, as boto reads them (AWS_* variables, ~/.aws/config and credentials, profiles;
AWS_ENDPOINT_URL[_S3] for S3-compatible servers). The writers (s3fs) and DuckDB (httpfs secret
or the registered s3fs) then agree on one source.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

BLOCK_VARIABLE = "NEWSLEDGER_S3_CREDENTIALS_BLOCK"


@dataclass(frozen=True)
class S3Settings:
    key: str | None = None
    secret: str | None = None
    token: str | None = None
    region: str | None = None
    endpoint_url: str | None = None
    profile: str | None = None

    def storage_options(self) -> dict[str, Any]:
        """s3fs options; empty when boto's own chain should decide."""
        options: dict[str, Any] = {}
        if self.key and self.secret:
            options.update(key=self.key, secret=self.secret)
        if self.token:
            options["token"] = self.token
        if self.profile:
            options["profile"] = self.profile
        if self.endpoint_url:
            options["endpoint_url"] = self.endpoint_url
        if self.region:
            options["client_kwargs"] = {"region_name": self.region}
        return options


def _from_block(name: str) -> S3Settings:
    from prefect_aws import AwsCredentials  # deferred: only teams that keep a block need it

    block: Any = AwsCredentials.load(name)  # sync here: no event loop is running
    secret = block.aws_secret_access_key
    parameters = block.aws_client_parameters
    return S3Settings(
        key=block.aws_access_key_id,
        secret=secret.get_secret_value() if secret else None,
        token=block.aws_session_token,
        region=block.region_name,
        endpoint_url=parameters.endpoint_url if parameters else None,
        profile=block.profile_name,
    )


def block_settings() -> S3Settings | None:
    """The settings of the configured Prefect block, if one is configured."""
    name = os.environ.get(BLOCK_VARIABLE)
    return _from_block(name) if name else None


def resolved_settings() -> S3Settings:
    """Concrete values (what DuckDB's httpfs needs): the block's, else boto's chain."""
    import botocore.session  # deferred: local warehouses (and every worker) skip its import

    configured = block_settings()
    session = botocore.session.Session(profile=configured.profile if configured else None)
    credentials = session.get_credentials()
    frozen = credentials.get_frozen_credentials() if credentials else None
    chosen = configured or S3Settings()
    return S3Settings(
        key=chosen.key or (frozen.access_key if frozen else None),
        secret=chosen.secret or (frozen.secret_key if frozen else None),
        token=chosen.token or (frozen.token if frozen else None),
        region=chosen.region or session.get_config_variable("region") or "us-east-1",
        endpoint_url=chosen.endpoint_url
        or os.environ.get("AWS_ENDPOINT_URL_S3")
        or os.environ.get("AWS_ENDPOINT_URL"),
    )
