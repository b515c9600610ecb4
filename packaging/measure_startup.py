#!/usr/bin/env python3
"""Time a program from launch until it exits, or until it shows a window on the X display.

    measure_startup.py [--runs N] [--until exit|window] [--fresh-home|--warm-home] [--xvfb]
                       [--label NAME]… -- COMMAND [ARG…] [-- BASELINE [ARG…]]…

``--until window`` watches ``$DISPLAY`` (or a private Xvfb with ``--xvfb``) with ``xwininfo``/``xprop``
(package x11-utils) and stops the clock when a top-level window whose ``_NET_WM_PID`` is the
program's own is mapped (viewable); the program is then terminated.  ``--fresh-home`` gives each
run an empty HOME and XDG folders, as on a user's very first start (no settings, no jieba cache).

Prints one line per run and a summary line ``<label>: min X ms, median Y ms (N runs)``; exits 1
when a run fails (non-zero exit with ``--until exit``, or no window before ``--timeout``).
Used by ``packaging/smoke_bundle.sh``; standard library only.
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def _top_level_windows() -> list[str]:
    out = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True, text=True,
                         check=False).stdout
    return re.findall(r"^\s+(0x[0-9a-f]+)", out, re.M)


def _viewable(window: str) -> bool:
    out = subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True, check=False).stdout
    return "IsViewable" in out


def _pid_of(window: str) -> int | None:
    out = subprocess.run(["xprop", "-id", window, "_NET_WM_PID"], capture_output=True, text=True,
                         check=False).stdout
    match = re.search(r"=\s*(\d+)", out)
    return int(match.group(1)) if match else None


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private Xvfb on a display it picks itself (``-displayfd``: no race with other servers,
    unlike ``xvfb-run -a``); returns the server and its ``DISPLAY``."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    with os.fdopen(read_end, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                server.kill()
                raise RuntimeError("Xvfb did not start")
            number += chunk
    return server, f":{number.decode().strip()}"


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_once(command: list[str], until: str, timeout: float, env: dict[str, str]) -> float:
    """Seconds from launch to exit or to a shown window; raises RuntimeError on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if until == "exit":
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise RuntimeError(f"no exit within {timeout} s") from None
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(f"exit {proc.returncode}: {err.decode(errors='replace').strip()[-500:]}")
        return elapsed
    seen: set[str] = set()
    try:
        while time.perf_counter() - start < timeout:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace").strip()[-500:]
                raise RuntimeError(f"exited ({proc.returncode}) before showing a window: {err}")
            for window in _top_level_windows():
                if window in seen:
                    if _viewable(window):
                        return time.perf_counter() - start
                    continue
                if _pid_of(window) == proc.pid:
                    seen.add(window)
                    if _viewable(window):
                        return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"no window within {timeout} s")
    finally:
        _stop(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--until", choices=["exit", "window"], default="exit")
    parser.add_argument("--timeout", type=float, default=60.0)
    homes = parser.add_mutually_exclusive_group()
    homes.add_argument("--fresh-home", action="store_true", help="an empty HOME for every run")
    homes.add_argument("--warm-home", action="store_true",
                       help="one HOME for all runs, after an untimed first run (a later start)")
    parser.add_argument("--label", action="append", default=[],
                        help="a name for each command, in order (default: the command line)")
    parser.add_argument("--xvfb", action="store_true", help="run on a private Xvfb (needs package xvfb)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    commands = split_commands(args.command)
    if not commands:
        parser.error("no command")
    server = None
    if args.xvfb:
        server, display = start_xvfb()
        os.environ["DISPLAY"] = display
        os.environ.pop("XAUTHORITY", None)
        os.environ.pop("WAYLAND_DISPLAY", None)
    try:
        if args.until == "window" and not os.environ.get("DISPLAY"):
            parser.error("--until window needs an X display (--xvfb, or run under one)")
        return _measure(args, commands)
    finally:
        if server is not None:
            _stop(server)


def split_commands(words: list[str]) -> list[list[str]]:
    """``-- A a1 -- B b1`` -> ``[[A, a1], [B, b1]]``: several commands are timed in turn, run by
    run, so that a baseline meets the same load as what it is compared with."""
    commands: list[list[str]] = [[]]
    for word in words:
        if word == "--":
            commands.append([])
        else:
            commands[-1].append(word)
    return [c for c in commands if c]


def _env(home: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if home is not None:
        env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                   XDG_CACHE_HOME=os.path.join(home, ".cache"),
                   XDG_DATA_HOME=os.path.join(home, ".local", "share"))
    return env


def _measure(args, commands: list[list[str]]) -> int:
    labels = [args.label[i] if i < len(args.label) else " ".join(c) for i, c in enumerate(commands)]
    times: list[list[float]] = [[] for _ in commands]
    with tempfile.TemporaryDirectory(prefix="proofdesk-homes-") as homes:
        warm = [os.path.join(homes, str(k)) for k in range(len(commands))]
        for i in range(-1 if args.warm_home else 0, args.runs):
            for k, command in enumerate(commands):
                with tempfile.TemporaryDirectory(prefix="proofdesk-home-") as fresh:
                    home = warm[k] if args.warm_home else fresh if args.fresh_home else None
                    if home is not None:
                        os.makedirs(home, exist_ok=True)
                    try:
                        seconds = run_once(command, args.until, args.timeout, _env(home))
                    except RuntimeError as exc:
                        print(f"{labels[k]}: run {i + 1} failed: {exc}", file=sys.stderr)
                        return 1
                if i < 0:
                    print(f"{labels[k]}: untimed first run: {seconds * 1000:.0f} ms")
                    if args.until == "window":
                        time.sleep(2)  # let the first run's background work (jieba cache) be written
                    continue
                times[k].append(seconds * 1000)
                print(f"{labels[k]}: run {i + 1}: {seconds * 1000:.0f} ms")
    for label, ms in zip(labels, times, strict=True):
        print(f"{label}: min {min(ms):.0f} ms, median {statistics.median(ms):.0f} ms ({len(ms)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
