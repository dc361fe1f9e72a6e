"""Settings from the environment (prefix ``TOCSIN_``), each declared once with a default and help.

``docs/settings.md`` lists them all; a test fails when one is missing there.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigurationError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TOCSIN_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///tocsin.db",
        description="SQLAlchemy URL of the store; PostgreSQL: postgresql+psycopg://user@host/db.",
    )
    config: Path | None = Field(
        default=None,
        description="Path of the organisation profile; else ./tocsin.toml when it exists.",
    )
    api_token: SecretStr | None = Field(
        default=None,
        description=(
            "Bearer token for the REST API, also accepted at the web sign-in. Without it, "
            "`tocsin serve` makes a random one and prints it: no endpoint is ever open."
        ),
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Key signing the web session cookies; random per process when unset.",
    )
    archive_key: Path | None = Field(
        default=None,
        description=(
            "File holding the archive's Ed25519 signing key (made at first use, mode 0600); "
            "unset: the key is kept in the database."
        ),
    )
    ingest_secret: SecretStr | None = Field(
        default=None,
        description=(
            "Shared secret of the inbound webhook POST /api/v1/ingest: senders sign each body "
            "with HMAC-SHA256 (docs/listening.md). Unset: the webhook is off."
        ),
    )
    scheduler: bool = Field(
        default=True,
        description="Run the listening sources on their schedule inside `tocsin serve`.",
    )
    models: bool = Field(
        default=True,
        description=(
            "Run the text models (sentiment, toxicity, spam) on every screened post; false: "
            "no `signals` and no model findings, the rule detectors only (faster)."
        ),
    )
    models_dir: Path | None = Field(
        default=None,
        description=(
            "Folder of text models made by `tocsin ml train` (sentiment, toxicity, spam); "
            "unset: the models shipped in the package."
        ),
    )
    host: str = Field(default="127.0.0.1", description="Address `tocsin serve` listens on.")
    port: int = Field(default=8000, description="Port `tocsin serve` listens on.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment; a bad value is a :class:`ConfigurationError` naming
    the variable and what it should be (never a traceback)."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"TOCSIN_{'_'.join(str(part) for part in err['loc']).upper()}="
            f"{err.get('input')!r}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigurationError(f"Bad setting in the environment: {problems}") from None
