"""Readers and editors: a map is read-only unless configured, and no route lets a reader write."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from streamlit.testing.v1 import AppTest

from dashboard import access
from dashboard.db import SQLITE_NAME
from dashboard.store import Store
from dashboard.ui import seed_store

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "dashboard" / "pages" / "add_report.py")
TEXT = "Russian drones struck Kharkiv overnight, injuring three people, Mayor Ihor Terekhov said."
# Cheap parameters keep the tests fast; verifying reads the parameters from the hash itself.
HASH = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("correct horse")
FORGED_QUERY = {"editing": "open", "editor": "admin", "role": "editor", "page": "add_report", "signed_in": "1"}


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    monkeypatch.delenv("STRIKEMAP_EDITING", raising=False)
    access._failures.clear()
    yield tmp_path
    access._failures.clear()


def page(secrets: dict | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    for key, value in query.items():
        at.query_params[key] = value
    return at


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="signin_name").set_value(name)
    at.text_input(key="signin_password").set_value(password)
    return at.get("form_submit_button")[0].click().run()


def test_the_page_refuses_a_reader_whatever_the_query_and_widget_values_say(store):
    at = page(**FORGED_QUERY)
    at.session_state["text"] = TEXT  # a widget value sent with the request
    at.run()
    assert not at.exception
    assert "read-only" in at.info[0].value
    assert not at.text_area and not at.get("button")
    assert not (store / SQLITE_NAME).exists()  # nothing was even opened


@pytest.mark.parametrize("value, mode, editor", [("", "off", None), ("yes please", "off", None),
                                                 ("open", "open", access.LOCAL_EDITOR), ("OFF", "off", None)])
def test_the_editing_setting_decides_who_edits_and_anything_unknown_is_read_only(monkeypatch, value, mode, editor):
    monkeypatch.setenv("STRIKEMAP_EDITING", value)
    assert (access.mode(), access.current_editor(), access.editing_offered()) == (mode, editor, mode != "off")


def test_with_editors_configured_a_reader_sees_a_sign_in_form_and_nothing_else():
    at = page({"editors": {"olena": HASH}}, **FORGED_QUERY).run()
    assert "Only editors can add reports" in at.info[0].value
    assert at.text_input(key="signin_password") is not None
    assert not at.text_area


def test_a_wrong_password_is_refused_and_the_right_one_opens_the_page(store):
    at = page({"editors": {"olena": HASH}}).run()
    sign_in(at, "olena", "wrong")
    assert "do not match" in at.error[0].value and not at.text_area
    sign_in(at, "Olena", "correct horse")
    assert not at.exception
    at.text_area(key="text").set_value(TEXT)
    at.date_input(key="published").set_value(date(2025, 3, 4))
    at.run()
    at.button(key="save").click().run()
    assert "Saved" in at.success[0].value
    assert "Kharkiv" in set(Store(store).events()["place"])
    assert any("Signed in as olena" in c.value for c in at.sidebar.caption)


def test_sign_in_attempts_are_rate_limited_per_name():
    at = page({"editors": {"olena": HASH}}).run()
    for _ in range(access.FAILED_SIGNINS_ALLOWED):
        sign_in(at, "olena", "guess")
    sign_in(at, "olena", "correct horse")
    assert "Too many failed sign-ins" in at.error[0].value and not at.text_area


def test_the_limit_lifts_after_its_window(monkeypatch):
    monkeypatch.setattr(access, "password_editors", lambda: {"olena": HASH})
    for _ in range(access.FAILED_SIGNINS_ALLOWED):
        assert not access.check_password("olena", "guess", now=1000.0)[0]
    assert not access.check_password("olena", "correct horse", now=1001.0)[0]
    assert access.check_password("olena", "correct horse", now=1000.0 + access.SIGNIN_WINDOW_SECONDS + 1)[0]


def test_a_hash_made_by_the_command_line_signs_in(monkeypatch):
    hashed = access.hash_password("a long passphrase")
    assert hashed.startswith("$argon2id$")
    monkeypatch.setattr(access, "password_editors", lambda: {"olena": hashed})
    assert access.check_password("olena", "a long passphrase") == (True, "")


# --- a client talking to the server's websocket, and the OpenID Connect sign-in ------------------------

async def _run_page(url: str, page_name: str, cookies: dict, query: str = "", click: str = "") -> list:
    """Ask a running app to run a page, as the browser does (with its cookies and XSRF token), and
    collect what it sends back; with ``click``, then press the button of that label in the same session."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    messages: list = []
    headers = {"Origin": url, "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    async with websockets.connect(url.replace("http", "ws") + "/_stcore/stream", max_size=None,
                                  subprotocols=["streamlit", cookies["_streamlit_xsrf"]],
                                  additional_headers=headers) as ws:
        async def rerun(button_id: str = "") -> None:
            back = BackMsg()
            back.rerun_script.query_string = query
            back.rerun_script.page_name = page_name
            if button_id:
                widget = back.rerun_script.widget_states.widgets.add()
                widget.id, widget.trigger_value = button_id, True
            await ws.send(back.SerializeToString())
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await asyncio.wait_for(ws.recv(), 30))
                messages.append(msg)
                if msg.WhichOneof("type") in ("script_finished", "auth_redirect"):
                    return

        await rerun()
        if click:
            await rerun(next(e.button.id for e in _elements(messages)
                             if e.WhichOneof("type") == "button" and e.button.label == click))
    return messages


def _elements(messages: list) -> list:
    return [m.delta.new_element for m in messages if m.WhichOneof("type") == "delta"]


def _sign_in_with_provider(url: str, http, address: str) -> None:
    """The browser's part of the sign-in: the app's login route, the provider's form, the callback."""
    messages = asyncio.run(_run_page(url, "add_report", dict(http.cookies), click=PROVIDER_BUTTON))
    login = next(m.auth_redirect.url for m in messages if m.WhichOneof("type") == "auth_redirect")
    to_provider = http.get(url + login, allow_redirects=False).headers["location"]
    back = http.post(to_provider, data={"sub": address}, allow_redirects=False).headers["location"]
    assert http.get(back, allow_redirects=False).status_code in (302, 307)


PROVIDER_BUTTON = "Sign in with your organisation's account"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the test provider uses Authlib's older interfaces
def test_only_an_editor_signed_in_through_the_identity_provider_can_open_the_page(tmp_path, monkeypatch):
    """A real OpenID provider and the real app: an anonymous client naming the page (Streamlit runs any
    script in pages/ that a client names) is refused whatever its query says; an address on the editors'
    list signs in and gets the page; another address signs in but stays a reader."""
    import requests
    from oidc_provider_mock import run_server_in_thread

    from dashboard.bench import running_app

    data = tmp_path / "served"
    seed_store(data)
    with run_server_in_thread() as provider:
        port = _free_port()
        secrets = tmp_path / "secrets.toml"
        secrets.write_text(f"""editor_emails = ["editor@example.org"]
[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "a cookie secret for this test only"
client_id = "strikemap"
client_secret = "not a secret"
server_metadata_url = "http://127.0.0.1:{provider.server_port}/.well-known/openid-configuration"
""", encoding="utf-8")
        monkeypatch.setenv("STREAMLIT_SECRETS_FILES", str(secrets))
        monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # the test provider speaks plain HTTP on 127.0.0.1
        with running_app(data, port=port) as (url, _):
            reader, editor, outsider = requests.Session(), requests.Session(), requests.Session()
            for http in (reader, editor, outsider):
                http.get(url + "/_stcore/health")  # the XSRF cookie, as the browser gets it
            anonymous = _elements(asyncio.run(_run_page(url, "add_report", dict(reader.cookies),
                                                        query="editing=open&editor=admin&email=editor@example.org")))
            _sign_in_with_provider(url, editor, "editor@example.org")
            signed_in = _elements(asyncio.run(_run_page(url, "add_report", dict(editor.cookies))))
            _sign_in_with_provider(url, outsider, "someone@example.org")
            outside = _elements(asyncio.run(_run_page(url, "add_report", dict(outsider.cookies))))
    kinds = lambda elements: {e.WhichOneof("type") for e in elements}  # noqa: E731
    assert not kinds(anonymous) & {"text_area", "file_uploader"}
    assert any("Only editors can add reports" in e.alert.body for e in anonymous if e.WhichOneof("type") == "alert")
    assert {"text_area", "file_uploader"} <= kinds(signed_in)
    assert any(e.markdown.body == "Signed in as editor@example.org" for e in signed_in
               if e.WhichOneof("type") == "markdown")
    assert not kinds(outside) & {"text_area", "file_uploader"}
    assert any("not on the list of editors" in e.alert.body for e in outside if e.WhichOneof("type") == "alert")
    assert Store(data).version().endswith(":1")  # nothing was written


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- what visitors and the host see ----------------------------------------------------------------

def test_an_unreadable_store_is_an_incident_without_a_server_path(store):
    (store / SQLITE_NAME).write_bytes(b"not a database" * 100)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    assert not at.exception
    shown = " ".join(e.value for e in at.error)
    assert "could not be read" in shown and "incident" in shown
    assert str(store) not in shown.replace("\\", "") and "sqlite3" not in shown


def test_the_container_runs_as_an_unprivileged_user():
    lines = [line.split() for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines() if line.strip()]
    directives = [(n, words[0], words[1:]) for n, words in enumerate(lines) if words[0].isupper()]
    users = [(n, args[0]) for n, word, args in directives if word == "USER"]
    cmd = max(n for n, word, _ in directives if word == "CMD")
    assert users and users[-1][1] not in ("root", "0") and users[-1][0] < cmd
