"""Who may change the store through the app: readers, editors, and how editors sign in.

A map is read-only unless its host turns editing on. The ``editing`` setting (environment
variable ``STRIKEMAP_EDITING``, or ``editing`` in the Streamlit secrets) says how:

- ``off``: nobody changes anything through the app; pages that write are not offered, and
  opened by their address (or run by any client) they refuse before reading any input;
- ``open``: everyone who reaches the app is an editor, named "local editor": for a map run on
  one's own computer;
- ``signin``: editors sign in, with a password whose argon2 hash is in the secrets
  (``[editors]`` table: ``name = "$argon2id$..."``), or through the identity provider that
  Streamlit's ``st.login`` is configured for (``[auth]`` in the secrets), when the e-mail address
  it vouches for is listed in ``editor_emails``.

Left unset, ``editing`` is ``signin`` when editors are configured and ``off`` otherwise. Every
check runs on the server, in the script that writes: nothing the browser sends (query
parameters, widget values, a page name) can make a reader an editor.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import deque
from typing import Any

import streamlit as st

from dashboard.ui import log, secrets_present, setting

MODES = ("off", "open", "signin")
LOCAL_EDITOR = "local editor"
FAILED_SIGNINS_ALLOWED = 5  # per name, within the window below
SIGNIN_WINDOW_SECONDS = 15 * 60
FAILED_SIGNINS_ALLOWED_ALL = 50  # over every name, within the same window: no spraying guesses across names
_SESSION_KEY = "_strikemap_editor"  # no widget has this key, so no client can set it

_failures: dict[str, deque[float]] = {}
_failures_lock = threading.Lock()


def _secret(name: str) -> Any:
    if not secrets_present():
        return None
    try:
        return st.secrets.get(name)
    except Exception:  # no secrets file: an ordinary local run
        return None


def password_editors() -> dict[str, str]:
    """Editor name -> argon2 hash, from the ``[editors]`` table of the secrets."""
    table = _secret("editors")
    if not hasattr(table, "items"):
        return {}
    return {str(name): str(hashed) for name, hashed in table.items() if str(hashed).startswith("$argon2")}


def editor_emails() -> set[str]:
    """The e-mail addresses the identity provider may sign in as editors."""
    listed = _secret("editor_emails") or []
    if isinstance(listed, str):
        listed = listed.split(",")
    return {str(address).strip().lower() for address in listed if str(address).strip()}


def identity_provider() -> bool:
    """Whether ``st.login`` is configured (an ``[auth]`` table in the secrets)."""
    return hasattr(_secret("auth"), "items")


def mode() -> str:
    """``off``, ``open`` or ``signin``: see the module's docstring."""
    chosen = setting("editing", "STRIKEMAP_EDITING").strip().lower()
    if chosen in MODES:
        return chosen
    if chosen:
        log.warning("editing=%r is not one of %s: the map stays read-only", chosen, ", ".join(MODES))
        return "off"
    return "signin" if password_editors() or (identity_provider() and editor_emails()) else "off"


def editing_offered() -> bool:
    """Whether pages that write are listed at all (they still check who is asking)."""
    return mode() != "off"


def _provider_user() -> str | None:
    """The signed-in identity provider user's e-mail when it is an editor's."""
    try:
        if not st.user.is_logged_in:
            return None
        email = str(st.user.get("email") or "").strip().lower()
    except Exception:  # st.login is not configured
        return None
    if email and email in editor_emails() and st.user.get("email_verified", True) is not False:
        return email
    return None


def current_editor() -> str | None:
    """The editor this session is, or None for a reader."""
    current = mode()
    if current == "open":
        return LOCAL_EDITOR
    if current != "signin":
        return None
    name = st.session_state.get(_SESSION_KEY)
    if name and name in password_editors():
        return name
    return _provider_user()


def _recent(key: str, now: float) -> deque[float]:
    times = _failures.setdefault(key, deque())
    while times and now - times[0] > SIGNIN_WINDOW_SECONDS:
        times.popleft()
    return times


def check_password(name: str, password: str, now: float | None = None) -> tuple[bool, str]:
    """(signed in, message). Failed attempts are counted per name and over all names in this
    server process; past the limit every attempt is refused until the window has passed."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    now = time.monotonic() if now is None else now
    key = name.strip().lower()
    with _failures_lock:
        if len(_recent(key, now)) >= FAILED_SIGNINS_ALLOWED or len(_recent("*", now)) >= FAILED_SIGNINS_ALLOWED_ALL:
            return False, "Too many failed sign-ins. Wait 15 minutes, then try again."
    hashed = {n.lower(): h for n, h in password_editors().items()}.get(key)
    try:
        # An unknown name is checked against a stand-in hash, so the time taken does not tell names apart.
        ok = PasswordHasher().verify(hashed or _stand_in_hash(), password) and hashed is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if ok:
        return True, ""
    with _failures_lock:
        _recent(key, now).append(now)
        _recent("*", now).append(now)
    log.warning("failed sign-in for editor name %r", key[:60])
    return False, "That name and password do not match an editor's."


@functools.lru_cache(maxsize=1)
def _stand_in_hash() -> str:
    import secrets

    return hash_password(secrets.token_hex(16))


def hash_password(password: str) -> str:
    """The argon2id hash of a password, as the ``[editors]`` table of the secrets holds it."""
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def _sign_in() -> None:
    name = str(st.session_state.get("signin_name") or "").strip()
    ok, message = check_password(name, str(st.session_state.get("signin_password") or ""))
    st.session_state["signin_password"] = ""
    if ok:
        st.session_state[_SESSION_KEY] = next(n for n in password_editors() if n.lower() == name.lower())
        st.session_state["signin_message"] = ""
    else:
        st.session_state["signin_message"] = message


def sign_in_form() -> None:
    """The ways to sign in that this host offers."""
    if identity_provider():
        st.button("Sign in with your organisation's account", key="signin_provider", on_click=st.login)
        try:
            if st.user.is_logged_in:
                st.warning("You are signed in, but your address is not on the list of editors.")
                st.button("Sign out", key="signout_provider", on_click=st.logout)
        except Exception:
            pass
    if password_editors():
        with st.form("signin"):
            st.text_input("Editor name", key="signin_name", max_chars=100)
            st.text_input("Password", type="password", key="signin_password", max_chars=200)
            st.form_submit_button("Sign in", on_click=_sign_in)
        if st.session_state.get("signin_message"):
            st.error(st.session_state["signin_message"])


def sign_out() -> None:
    st.session_state.pop(_SESSION_KEY, None)
    try:
        if st.user.is_logged_in:
            st.logout()
    except Exception:  # st.login is not configured
        pass


def require_editor(task: str) -> str:
    """The editor running this page; anyone else is told why not and the page stops here,
    before it reads any input."""
    editor = current_editor()
    if editor:
        if mode() == "signin":
            with st.sidebar:
                st.caption(f"Signed in as {editor}")
                st.button("Sign out", key="signout", on_click=sign_out)
        return editor
    if mode() == "signin":
        st.info(f"Only editors can {task}. Sign in to continue.")
        sign_in_form()
    else:
        st.info(f"This map is read-only: nobody can {task} here. To edit a map of your own, run it with "
                "STRIKEMAP_EDITING=open on your computer (see the README).")
    st.stop()
