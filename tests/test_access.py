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


def test_an_unknown_editing_value_keeps_the_map_read_only(monkeypatch):
    monkeypatch.setenv("STRIKEMAP_EDITING", "yes please")
    at = page().run()
    assert "read-only" in at.info[0].value and not at.text_area


def test_editing_open_lets_everyone_edit_as_the_local_editor(monkeypatch):
    monkeypatch.setenv("STRIKEMAP_EDITING", "open")
    at = page().run()
    assert at.text_area(key="text") is not None
    assert access.mode() == "open"


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


# --- a client talking to the server's websocket directly -------------------------------------------

async def _ask_for_page(url: str, page_name: str, query: str) -> list:
    """Ask a running app to run a page, as the browser does, and collect what it sends back."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    messages = []
    async with websockets.connect(url.replace("http", "ws") + "/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=None) as ws:
        back = BackMsg()
        back.rerun_script.query_string = query
        back.rerun_script.page_name = page_name
        await ws.send(back.SerializeToString())
        while True:
            msg = ForwardMsg()
            msg.ParseFromString(await asyncio.wait_for(ws.recv(), 30))
            messages.append(msg)
            if msg.WhichOneof("type") == "script_finished":
                return messages


def test_a_websocket_client_running_the_add_report_page_is_refused(tmp_path, monkeypatch):
    """Streamlit runs a script in pages/ when a client names it, whatever the app's page list says:
    the page itself refuses."""
    from dashboard.bench import running_app

    data = tmp_path / "served"
    seed_store(data)
    monkeypatch.setenv("STRIKEMAP_DATA", str(data))
    with running_app(data) as (url, _):
        messages = asyncio.run(_ask_for_page(url, "add_report", "editing=open&editor=admin"))
    elements = [m.delta.new_element for m in messages if m.WhichOneof("type") == "delta"]
    kinds = {e.WhichOneof("type") for e in elements}
    assert not kinds & {"text_area", "file_uploader", "button", "arrow_data_frame"}
    assert any("read-only" in e.alert.body for e in elements if e.WhichOneof("type") == "alert")
    assert Store(data).version().endswith(":1")  # the store is as it was seeded


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
