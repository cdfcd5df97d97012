"""Small helpers the Streamlit pages share: safe text and deployment settings."""

from __future__ import annotations

import os
import re

import streamlit as st


def md(text: object) -> str:
    """Any text shown through Streamlit markdown as itself: no markup, links or images."""
    escaped = re.sub(r"([\\`*_{}\[\]()#+\-.!|>~<:$])", r"\\\1", str(text))
    return escaped.replace("\n", "  \n")


def setting(name: str, env: str, default: str = "") -> str:
    """A deployment setting: environment variable first, then Streamlit secrets."""
    if os.environ.get(env):
        return os.environ[env]
    try:
        return str(st.secrets.get(name, default))
    except Exception:  # no secrets file: an ordinary local run
        return default
