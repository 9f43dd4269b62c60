"""Two pure ASGI middlewares that guard every route before any handler runs.

* ``BodyLimit`` stops a request body at its limit *while it streams in*. A Content-Length over
  the limit is refused at once; a chunked body (no length) is counted chunk by chunk and the
  request fails with 413 as soon as it passes the limit, so an endless upload costs at most
  the limit in memory, never the whole body.
* ``SecurityHeaders`` adds ``X-Content-Type-Options``, ``Referrer-Policy`` to every response and
  a Content-Security-Policy (with ``frame-ancestors``) to HTML pages. ``widget.js`` is a script,
  not a page: the host page's own CSP governs it, so it gets no CSP of ours.
"""

from __future__ import annotations

import json
from typing import Callable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    """Raised from ``receive``: FastAPI re-raises HTTPExceptions from body parsing as they are,
    so the route's exception handler turns it into the 413 response."""

    def __init__(self, detail: str):
        super().__init__(413, detail)


class BodyLimit:
    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int], detail: str):
        self.app, self.limit_for, self.detail = app, limit_for, detail

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.limit_for(scope["path"])
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > limit:
            return await self._refuse(send)
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(self.detail)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:  # a route that read the body outside FastAPI's parsing
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"detail": self.detail}, ensure_ascii=False).encode("utf-8")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def content_security_policy(allowed_origins: list[str]) -> str:
    """The pages' policy: everything from this server only; framing by this server and the
    sites allowed to embed the widget."""
    ancestors = " ".join(["'self'", *(o for o in allowed_origins if o and o != "*")])
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            f"connect-src 'self'; frame-ancestors {ancestors}; base-uri 'none'; object-src 'none'; "
            "form-action 'self'")


class SecurityHeaders:
    def __init__(self, app: ASGIApp, allowed_origins: list[str]):
        self.app = app
        self.csp = content_security_policy(allowed_origins).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"strict-origin-when-cross-origin")]
                content_type = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
                if content_type.startswith(b"text/html"):
                    extra.append((b"content-security-policy", self.csp))
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
