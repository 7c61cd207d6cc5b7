"""The room's web app (Starlette): pages for participants' browsers and a small JSON API.

Pages are rendered on the hub with Jinja2 (autoescaping on: user text is never markup), and a
few hundred lines of plain JavaScript (`static/room.js`) autosave plans and scores and follow
the live poll. Every asset is served by the app itself — no internet, no CDN. A strict
Content-Security-Policy forbids inline scripts and any other origin.

Who a request speaks for comes only from the device cookie (`access.py`); every write also
needs the device's CSRF token in a header. What a device may read and write is decided in
`service.py`. Handlers are plain functions: Starlette runs them in its thread pool, so a
SQLite write never blocks the event loop.
"""

from __future__ import annotations

import ipaddress
import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route

from pcsc_workshop.room.access import Device, JoinRefused, RoomAccess
from pcsc_workshop.room.service import RoomError, RoomService
from pcsc_workshop.room.words import LANGUAGE_NAMES, LANGUAGES, RTL, all_words, word

HERE = Path(__file__).resolve().parent
DEVICE_COOKIE = "pcsc_device"
LANG_COOKIE = "pcsc_lang"
MAX_BODY_BYTES = 2 * 1024 * 1024  # a plan is a few KB; the exchange limits cap bundles below
MAX_BUNDLE_BYTES = 8 * 1024 * 1024
STATIC = {"room.js": "text/javascript; charset=utf-8", "room.css": "text/css; charset=utf-8"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes Chrome send Origin: null
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def words_for(language: str) -> Callable[..., str]:
    """`w(key, **values)` for templates: each value escaped and isolated in <bdi>, so a Latin
    name inside an Arabic sentence (or the reverse) keeps its own direction and order."""

    def w(key: str, **values: Any) -> str:
        if not values:
            return word(key, language)
        template = escape(word(key, language))
        return template.format(**{k: Markup("<bdi>{}</bdi>").format(v)
                                  for k, v in values.items()})

    return w


class BodyTooLarge(Exception):
    pass


def _host_allowed(host_header: str, port: int) -> bool:
    """Refuse requests whose Host is a name we do not answer to (DNS-rebinding guard)."""
    host = host_header.rsplit(":", 1)[0].strip("[]").lower() if host_header else ""
    if host in ("localhost",) or host.endswith(".local"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class RoomApp:
    """Builds the Starlette app for one open room."""

    def __init__(self, service: RoomService, access: RoomAccess,
                 import_bundle: Callable[[Path], tuple[bool, str]] | None = None) -> None:
        self.service = service
        self.access = access
        self.import_bundle = import_bundle
        self.env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.port = 0
        # One thread at a time runs the hub's database work: SQLite takes one writer anyway,
        # and every extra Python thread competes with the facilitator's window for the GIL
        # (40 busy pool threads made the window wait up to a second under 60 phones).
        import anyio

        self.limiter = anyio.CapacityLimiter(1)
        routes = [
            Route("/", self.index, methods=["GET"]),
            Route("/join", self.join, methods=["POST"]),
            Route("/leave", self.leave, methods=["POST"]),
            Route("/home", self.home, methods=["GET"]),
            Route("/plan", self.plan_page, methods=["GET"]),
            Route("/curriculum", self.curriculum_page, methods=["GET"]),
            Route("/curriculum/{item_id:str}", self.item_page, methods=["GET"]),
            Route("/quiz", self.quiz_list, methods=["GET"]),
            Route("/quiz/{module_id:str}/{phase:str}", self.quiz_page, methods=["GET"]),
            Route("/assessment", self.assessment_page, methods=["GET"]),
            Route("/poll", self.poll_page, methods=["GET"]),
            Route("/static/{name:str}", self.static, methods=["GET"]),
            Route("/api/plan", self.api_plan, methods=["GET", "PUT"]),
            Route("/api/assessment", self.api_assessment, methods=["POST"]),
            Route("/api/quiz", self.api_quiz, methods=["POST"]),
            Route("/api/poll", self.api_poll, methods=["GET", "POST"]),
            Route("/api/bundle", self.api_bundle, methods=["POST"]),
            Route("/api/hello", self.api_hello, methods=["GET"]),
        ]
        self.app = Starlette(debug=False, routes=routes,
                             exception_handlers={404: self._not_found, 405: self._not_allowed,
                                                 500: self._server_error,
                                                 RoomError: self._room_error})
        self.app.add_middleware(_Guard, room=self)

    # -- helpers ----------------------------------------------------------------------------

    def language(self, request: Request) -> str:
        chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
        if chosen in LANGUAGES:
            return chosen
        if self.service.language in LANGUAGES:
            return self.service.language
        accept = request.headers.get("accept-language", "")
        for part in accept.split(","):
            code = part.split(";")[0].strip()[:2].lower()
            if code in LANGUAGES:
                return code
        return "en"

    def device(self, request: Request) -> Device | None:
        return self.access.device_for(request.cookies.get(DEVICE_COOKIE))

    def render(self, request: Request, template: str, status: int = 200,
               **values: Any) -> HTMLResponse:
        lang = self.language(request)
        device = self.device(request)
        person = None
        if device is not None:
            try:
                person = self.service.person(device.participant_id)
            except RoomError:
                person = None
        html = self.env.get_template(template).render(
            lang=lang, dir="rtl" if lang in RTL else "ltr", w=words_for(lang),
            words_json=json.dumps(all_words(lang), ensure_ascii=False),
            languages=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
            title=self.service.title, device=device, person=person,
            csrf=device.csrf if device else "", path=request.url.path, **values)
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in LANGUAGES:
            response.set_cookie(LANG_COOKIE, request.query_params["lang"], max_age=86400 * 30,
                                samesite="strict", httponly=True)
        return response

    def _need_device(self, request: Request) -> Device:
        device = self.device(request)
        if device is None:
            raise RoomError("signed-out", 401)
        return device

    def _need_write(self, request: Request) -> Device:
        device = self._need_device(request)
        if not self.access.csrf_ok(device, request.headers.get("x-csrf-token")):
            raise RoomError("csrf", 403)
        return device

    @staticmethod
    async def _json(request: Request) -> Any:
        body = await _read_body(request, MAX_BODY_BYTES)
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise RoomError("bad-body") from exc

    def _refusal(self, request: Request, exc: RoomError) -> Response:
        lang = self.language(request)
        detail = word(exc.detail, lang) if exc.detail else exc.code
        message = word(exc.code, lang) if exc.code in ("signed-out",) else \
            word("bad-request", lang, detail=word(exc.code, lang) if exc.code in (
                "too-long", "bad-date", "end-before-start") else detail)
        return JSONResponse({"error": exc.code, "message": message}, status_code=exc.status)

    # -- pages ------------------------------------------------------------------------------

    def index(self, request: Request) -> Response:
        if self.device(request) is not None:
            return RedirectResponse("/home", status_code=303)
        return self.render(request, "join.html", people=self.service.people(),
                           error=request.query_params.get("error", ""))

    async def join(self, request: Request) -> Response:
        body = await _read_body(request, 16 * 1024)
        try:
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8"), max_num_fields=10).items()}
        except (UnicodeDecodeError, ValueError):
            form = {}
        lang = self.language(request)
        address = request.client.host if request.client else "?"
        try:
            token, _device = self.access.join(
                address=address, participant_id=form.get("person", ""),
                person_code=form.get("person_code", ""), room_code=form.get("room_code", ""),
                label=request.headers.get("user-agent", "")[:120])
        except JoinRefused as exc:
            html = self.env.get_template("join.html").render(
                lang=lang, dir="rtl" if lang in RTL else "ltr",
                w=words_for(lang), words_json="{}",
                languages=[(c, LANGUAGE_NAMES[c]) for c in LANGUAGES],
                title=self.service.title, device=None, person=None, csrf="", path="/",
                people=self.service.people(), error=word(exc.reason, lang),
                chosen=form.get("person", ""))
            status = 429 if exc.reason in ("too-many-tries", "person-locked") else 403
            return HTMLResponse(html, status_code=status)
        response = RedirectResponse("/home", status_code=303)
        response.set_cookie(DEVICE_COOKIE, token, httponly=True, samesite="strict",
                            max_age=7 * 86400)
        self.service.on_change("devices", None)
        return response

    def leave(self, request: Request) -> Response:
        device = self._need_write(request)
        self.access.remove_device(device.id)
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(DEVICE_COOKIE)
        self.service.on_change("devices", None)
        return response

    def _page(self, request: Request) -> Device | Response:
        device = self.device(request)
        if device is None:
            return RedirectResponse("/", status_code=303)
        return device

    def home(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        return self.render(request, "home.html", poll=self.service.open_poll())

    def plan_page(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        lang = self.language(request)
        curriculum = self.service.curriculum_for(lang)
        links = [(p.id, p.name) for p in curriculum.pillars] + \
                [(e.id, f"{e.number}. {e.name}") for e in curriculum.elements]
        from pcsc_workshop.core.plans import STEP_STATUSES, SUPPORT_KINDS

        return self.render(request, "plan.html",
                           plan=self.service.own_plan(device.participant_id),
                           shared=self.service.delegation_plan(device.participant_id),
                           links=links, statuses=STEP_STATUSES, kinds=("",) + SUPPORT_KINDS)

    def curriculum_page(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        curriculum = self.service.curriculum_for(self.language(request))
        groups = [
            ("pillars", [(p.id, p.name) for p in curriculum.pillars]),
            ("domains", [(d.id, d.name) for d in curriculum.domains]),
            ("elements", [(e.id, f"{e.number}. {e.name}") for e in curriculum.elements]),
            ("stages", [(s.id, s.name) for s in curriculum.stages]),
            ("cases", [(c.id, c.name) for c in curriculum.case_studies]),
            ("modules", [(m.id, m.name) for m in curriculum.modules]),
        ]
        return self.render(request, "curriculum.html", groups=groups)

    def item_page(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        curriculum = self.service.curriculum_for(self.language(request))
        item_id = request.path_params["item_id"]
        item = curriculum.get(item_id) if len(item_id) < 200 else None
        if item is None or not hasattr(item, "model_dump"):
            return self.render(request, "message.html", status=404, message="404")
        english = set(curriculum.missing_fields(item)) \
            if hasattr(curriculum, "missing_fields") else set()
        blocks = [(kind, value, name in english)
                  for name, field_value in item.model_dump(mode="json").items()
                  for kind, value in _text_blocks(field_value, name)]
        return self.render(request, "item.html", name=curriculum.title_of(item_id),
                           blocks=blocks)

    def quiz_list(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        taken = {(a["module"], a["phase"]): a for a in self.service.attempts(
            device.participant_id)}
        return self.render(request, "quiz_list.html",
                           modules=self.service.quiz_modules(self.language(request)),
                           taken=taken)

    def quiz_page(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        phase = request.path_params["phase"]
        if phase not in ("pre", "post"):
            return self.render(request, "message.html", status=404, message="404")
        try:
            questions = self.service.quiz_questions(request.path_params["module_id"],
                                                    self.language(request))
        except RoomError:
            return self.render(request, "message.html", status=404, message="404")
        shuffler = random.Random()
        for q in questions:  # a new order for every attempt; the original index is sent back
            order = list(enumerate(q["options"]))
            shuffler.shuffle(order)
            q["choices"] = order
        return self.render(request, "quiz.html", questions=questions,
                           module_id=request.path_params["module_id"], phase=phase)

    def assessment_page(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        lang = self.language(request)
        curriculum = self.service.curriculum_for(lang)
        doc = self.service.delegation_assessment(device.participant_id)
        domains = [(d, curriculum.elements_of(d.id)) for d in curriculum.domains]
        return self.render(request, "assessment.html", doc=doc, domains=domains)

    def poll_page(self, request: Request) -> Response:
        device = self._page(request)
        if isinstance(device, Response):
            return device
        return self.render(request, "poll.html")

    def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:  # a fixed list: no listing, no traversal
            return Response("Not found", status_code=404, media_type="text/plain")
        response = FileResponse(HERE / "static" / name, media_type=STATIC[name])
        return response

    # -- JSON API ---------------------------------------------------------------------------

    async def _db(self, fn: Callable[..., Any], *args: Any) -> Any:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(fn, *args, limiter=self.limiter)

    async def api_plan(self, request: Request) -> Response:
        try:
            if request.method == "GET":
                device = self._need_device(request)
                return JSONResponse(await self._db(self.service.own_plan,
                                                            device.participant_id))
            device = self._need_write(request)
            data = await self._json(request)
            result = await self._db(self.service.save_own_plan,
                                             device.participant_id, data)
            return JSONResponse(result)
        except RoomError as exc:
            return self._refusal(request, exc)

    async def api_assessment(self, request: Request) -> Response:
        try:
            device = self._need_write(request)
            data = await self._json(request)
            if not isinstance(data, dict):
                raise RoomError("bad-body")
            from pcsc_workshop.room.service import KEEP

            result = await self._db(self.service.score_element, device.participant_id,
                                             data.get("element"), data.get("score", KEEP),
                                             data.get("evidence"))
            return JSONResponse(result)
        except RoomError as exc:
            return self._refusal(request, exc)

    async def api_quiz(self, request: Request) -> Response:
        try:
            device = self._need_write(request)
            data = await self._json(request)
            if not isinstance(data, dict):
                raise RoomError("bad-body")
            result = await self._db(self.service.submit_quiz, device.participant_id,
                                             data.get("module"), data.get("phase"),
                                             data.get("answers"))
            return JSONResponse(result)
        except RoomError as exc:
            return self._refusal(request, exc)

    async def api_poll(self, request: Request) -> Response:
        try:
            if request.method == "GET":
                self._need_device(request)
                poll = self.service.open_poll() if self.service._open_poll is not \
                    self.service._NOT_READ else await self._db(self.service.open_poll)
                return JSONResponse({"poll": poll})
            device = self._need_write(request)
            data = await self._json(request)
            if not isinstance(data, dict):
                raise RoomError("bad-body")
            await self._db(self.service.answer_poll, device.participant_id,
                                    data.get("poll"), data.get("answer"))
            return JSONResponse({"ok": True})
        except RoomError as exc:
            return self._refusal(request, exc)

    async def api_hello(self, request: Request) -> Response:
        """What the desktop app reads to show a found room: its title and format version."""
        return JSONResponse({"app": "pcsc-workshop", "room": 1, "title": self.service.title,
                             "workshop": self.service.workshop_id})

    async def api_bundle(self, request: Request) -> Response:
        """A desktop participant sends their plan bundle: the same checks as a file.

        The room code is required (a device on the Wi-Fi that never saw the screen cannot
        push files); who the bundle speaks for is decided by the importer's trust rules.
        """
        if self.import_bundle is None:
            return JSONResponse({"error": "no-bundles"}, status_code=404)
        code = request.headers.get("x-room-code", "")
        if not self.access.room_code_ok(code):
            return JSONResponse({"error": "wrong-room-code"}, status_code=403)
        body = await _read_body(request, MAX_BUNDLE_BYTES)
        with tempfile.TemporaryDirectory(prefix="pcsc-room-") as folder:
            path = Path(folder) / "bundle.pcsc"
            path.write_bytes(body)
            accepted, message = await self._db(self.import_bundle, path)
        if accepted:
            self.service.on_change("bundle", None)  # any kind, as a desktop import
        return JSONResponse({"accepted": accepted, "message": message},
                            status_code=200 if accepted else 422)

    # -- errors -----------------------------------------------------------------------------

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        return Response("Not found", status_code=404, media_type="text/plain")

    async def _not_allowed(self, request: Request, exc: Exception) -> Response:
        return Response("Method not allowed", status_code=405, media_type="text/plain")

    async def _room_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RoomError)
        if request.url.path.startswith("/api/"):
            return self._refusal(request, exc)
        if exc.status in (401, 403):
            response = RedirectResponse("/", status_code=303)
            response.delete_cookie(DEVICE_COOKIE)
            return response
        return Response(word(exc.code, self.language(request)), status_code=exc.status,
                        media_type="text/plain")

    async def _server_error(self, request: Request, exc: Exception) -> Response:
        return Response("The hub could not answer this request.", status_code=500,
                        media_type="text/plain")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise BodyTooLarge
        except ValueError as exc:
            raise BodyTooLarge from exc
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


_SKIP = {"id", "source", "related", "items", "refs", "domain_id", "module", "kind", "level",
         "area", "answer", "number", "day", "start", "duration_min", "year", "approximate",
         "binding", "member_states", "days", "letter", "answer_item", "sources"}


def _text_blocks(value: Any, key: str = "") -> list[tuple[str, Any]]:
    """An item's readable text as ("p", text) / ("ul", [texts]) blocks, in field order."""
    if key in _SKIP:
        return []
    if isinstance(value, str):
        return [("p", value)] if value.strip() else []
    if isinstance(value, dict):
        return [b for k, v in value.items() for b in _text_blocks(v, k)]
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return [("ul", [v for v in value if v.strip()])] if value else []
        return [b for v in value for b in _text_blocks(v)]
    return []


class _Guard:
    """ASGI middleware: Host check, body cap, security headers, no tracebacks."""

    def __init__(self, app: Any, room: RoomApp) -> None:
        self.app = app
        self.room = room

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        if not _host_allowed(headers.get("host", ""), self.room.port):
            await _plain(send, 421, "Unknown host")
            return
        origin = headers.get("origin")
        if origin and scope["method"] not in ("GET", "HEAD") \
                and origin.split("//", 1)[-1] != headers.get("host", ""):
            await _plain(send, 403, "Cross-origin request refused")
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                names = {k for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in extra if h[0] not in names]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except BodyTooLarge:
            await _plain(send, 413, "Request too large")


async def _plain(send: Callable, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]
                + [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]})
    await send({"type": "http.response.body", "body": body})
