"""HTTP for ``sitrep watch``: one polite client (timeouts, a User-Agent naming sitrep, size cap,
conditional GET), behind a small class so another transport can be swapped in.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from typing import Self

import httpx

from ..errors import InputError
from ..ingest import DEFAULT_MAX_BYTES

__all__ = ["Fetcher", "FetchError", "Fetched", "USER_AGENT"]

USER_AGENT = "sitrep/0.1.0 (news event monitor; +https://pypi.org/project/sitrep/)"


class FetchError(InputError):
    """A URL could not be fetched (HTTP error, timeout, refused, too large); retried next round."""


@dataclass(frozen=True)
class Fetched:
    """One response: ``not_modified`` for a 304, else the body and the validators to keep."""

    url: str
    status: int
    content: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """A thin wrapper around :class:`httpx.Client`; close it (or use ``with``) when done."""

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        timeout: float = 20.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.max_bytes = max_bytes
        self._own = client is None
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent},
            follow_redirects=True,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._own:
            self.client.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """GET ``url``; 2xx and 304 return, anything else raises :class:`FetchError`."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(str(response.url), 304, b"", etag=etag, last_modified=None)
                if not response.is_success:
                    phrase = response.reason_phrase or ""
                    raise FetchError(f"{url}: HTTP {response.status_code} {phrase}".rstrip())
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: {declared} bytes, over the {self.max_bytes:,} limit")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"{url}: over the limit of {self.max_bytes:,} bytes")
                return Fetched(
                    url=str(response.url),
                    status=response.status_code,
                    content=bytes(body),
                    content_type=response.headers.get("Content-Type"),
                    etag=response.headers.get("ETag"),
                    last_modified=response.headers.get("Last-Modified"),
                )
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"{url}: invalid URL ({exc})") from None
        except httpx.HTTPError as exc:
            reason = str(exc) or type(exc).__name__
            raise FetchError(f"{url}: {reason}") from None
