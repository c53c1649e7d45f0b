"""The app's own folders (crash logs, the compiled kernel's cache) follow one rule per platform."""

from pathlib import Path

import pytest

from engine import crash_report, warm_up
from engine.user_folders import user_folder


@pytest.mark.parametrize(
    ("platform", "purpose", "expected"),
    [
        ("linux", "logs", "{xdg}/state/minibatch-lab"),
        ("linux", "cache", "{xdg}/cache/minibatch-lab"),
        ("win32", "logs", "{local}/Minibatch Lab/Logs"),
        ("win32", "cache", "{local}/Minibatch Lab/Cache"),
        ("darwin", "logs", "{home}/Library/Logs/Minibatch Lab"),
        ("darwin", "cache", "{home}/Library/Caches/Minibatch Lab"),
    ],
)
def test_each_platform_has_its_place(monkeypatch, tmp_path, platform, purpose, expected):
    monkeypatch.setattr("sys.platform", platform)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg" / "cache"))
    places = {"xdg": tmp_path / "xdg", "local": tmp_path / "local", "home": tmp_path / "home"}
    assert user_folder(purpose) == Path(expected.format(**places))


def test_an_empty_variable_counts_as_unset(monkeypatch, tmp_path):
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.setenv("XDG_STATE_HOME", "")
    assert user_folder("cache") == tmp_path / ".cache" / "minibatch-lab"
    assert user_folder("logs") == tmp_path / ".local" / "state" / "minibatch-lab"


def test_logs_and_cache_use_the_one_rule(monkeypatch, tmp_path):
    monkeypatch.delenv(crash_report.LOG_FOLDER_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert crash_report.log_folder() == user_folder("logs")
    assert warm_up.cache_folder() == user_folder("cache")
