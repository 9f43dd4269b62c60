"""All configuration in one place: environment variables with the ``POLICYBOT_`` prefix
(or a ``.env`` file). Nested names use ``__``, e.g. ``POLICYBOT_RATE_LIMIT_PER_MINUTE=30``."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYBOT_", env_file=".env", extra="ignore")

    # corpus and index
    corpus_dir: Path = ROOT / "data" / "corpus"
    index_dir: Path = ROOT / "data" / "index"
    model: str = Field("m3e-small", description="sentence-transformers model: m3e-small, a path, or a cached name")
    embed_batch_size: int = 32
    query_cache_size: int = 4096  # recent question embeddings kept in memory (0 = off)
    torch_threads: int = 0  # 0 = torch default (all cores)
    # how often a running service looks for a new index version (ingest add/remove/replace); 0 = never
    index_watch_seconds: float = 2.0
    # the maintainer page /admin is served only when this is set (send it as a Bearer token)
    admin_token: str = ""

    # answering
    timezone: str = "Asia/Shanghai"
    today: str = ""  # YYYY-MM-DD; fixes "today" for tests and demos
    session_ttl_seconds: int = 1800
    max_sessions: int = 10000
    max_message_chars: int = 1000

    # optional LLM add-on (OpenAI-compatible); empty = extractive answers only
    llm_base_url: str = ""
    llm_api_key: str = ""
    llm_model: str = ""
    llm_timeout_seconds: float = 8.0

    # service
    host: str = "127.0.0.1"
    port: int = 8000
    # Sites allowed to call the API from a browser (CORS). Empty: the service's own pages only.
    # Example: POLICYBOT_ALLOWED_ORIGINS='["https://www.example.gov.cn"]'
    allowed_origins: list[str] = Field(default_factory=list)
    rate_limit_per_minute: int = 30  # questions per client
    feedback_rate_limit_per_minute: int = 10  # feedback submissions per client
    document_rate_limit_per_minute: int = 120  # document (source page) requests per client
    db_path: Path = ROOT / "data" / "policybot.sqlite3"
    log_retention_days: float = 180  # conversations and feedback older than this are deleted; 0 keeps all
    # Behind a reverse proxy: the proxies' addresses or networks (e.g. '["127.0.0.1", "10.0.0.0/8"]').
    # X-Forwarded-For is read only from them, and the right-most hop that is not one of them counts.
    trusted_proxies: list[str] = Field(default_factory=list)
    trust_forwarded_for: bool = False  # trust any peer as one proxy (its last X-Forwarded-For entry counts)
    # Signs session ids and hashes WeChat openids. Unset: generated on first start into secret_path.
    # Several workers or replicas must share one (set it, or share the file).
    secret_key: str = ""
    secret_path: Path = ROOT / "data" / "secret.key"
    # /docs, /redoc and /openapi.json; turn off in production if the API should not be browsable
    api_docs: bool = True

    # WeChat official account (公众号) and WeCom (企业微信)
    wechat_token: str = ""
    wechat_appid: str = ""
    wechat_aes_key: str = ""
    wecom_token: str = ""
    wecom_corp_id: str = ""
    wecom_aes_key: str = ""
    wechat_reply_budget_seconds: float = 4.0
    wechat_max_timestamp_skew_seconds: int = 300

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: list[str]) -> list[str]:
        for entry in value:
            try:
                ipaddress.ip_network(entry.strip(), strict=False)
            except ValueError as exc:
                raise ValueError(f"trusted_proxies: {entry!r} is not an IP address or network") from exc
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
