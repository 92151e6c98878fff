#!/usr/bin/env python3
"""Crash and hang recovery of the kiosk, measured under a stand-in for systemd.

Plays the part of kiosk.service (Type=notify, WatchdogSec, Restart=always,
RestartSec): binds a notify socket, starts the kiosk with NOTIFY_SOCKET,
WATCHDOG_USEC and WATCHDOG_PID set as systemd sets them, restarts it
RestartSec after it dies, and kills it when WATCHDOG=1 stops for WatchdogSec.
Then it SIGKILLs the running kiosk (a crash) and SIGSTOPs it (a hang) a few
times each and measures the time until the next READY=1, which the kiosk sends
once its first frame is presented: the time until it is back on screen.

Usage: service_supervisor.py [--crashes N] [--hangs N] [--limit SECONDS] -- KIOSK ARGS...
Exits 1 when the kiosk never pings, or a recovery takes longer than --limit.
"""
import argparse
import os
import signal
import socket
import sys
import tempfile
import time

WATCHDOG_SEC = 2.0   # as in platform/deploy/kiosk.service
RESTART_SEC = 0.1


class Service:
    def __init__(self, command):
        self.command = command
        self.folder = tempfile.mkdtemp(prefix="kiosk-service-")
        self.path = os.path.join(self.folder, "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.pid = None
        self.last_ping = None
        self.pings = 0
        self.starts = 0

    def start(self):
        pid = os.fork()
        if pid == 0:
            env = dict(os.environ, NOTIFY_SOCKET=self.path,
                       WATCHDOG_USEC=str(int(WATCHDOG_SEC * 1e6)), WATCHDOG_PID=str(os.getpid()))
            os.execve(self.command[0], self.command, env)
        self.pid = pid
        self.last_ping = None
        self.starts += 1

    def wait_ready(self, timeout=60.0):
        """Runs the service until READY=1; returns its time, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.step(0.01):
                if "READY=1" in message:
                    return time.monotonic()
        return None

    def step(self, seconds):
        """One turn of the manager: messages, deaths, watchdog. Returns messages."""
        self.sock.settimeout(seconds)
        messages = []
        try:
            data = self.sock.recv(4096).decode()
            messages.append(data)
            if "WATCHDOG=1" in data:
                self.last_ping = time.monotonic()
                self.pings += 1
        except socket.timeout:
            pass
        if self.pid is not None:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.pid = None
                time.sleep(RESTART_SEC)
                self.start()
            elif self.last_ping and time.monotonic() - self.last_ping > WATCHDOG_SEC:
                # systemd sends SIGABRT on a watchdog timeout, then SIGKILL.
                os.kill(self.pid, signal.SIGKILL)
        return messages

    def stop(self):
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        self.sock.close()
        os.unlink(self.path)
        os.rmdir(self.folder)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--crashes", type=int, default=3)
    parser.add_argument("--hangs", type=int, default=1)
    parser.add_argument("--limit", type=float, default=5.0, help="seconds a crash may take")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()

    service = Service(args.command)
    failed = False
    try:
        service.start()
        if service.wait_ready() is None:
            print("supervisor: the kiosk never sent READY=1", file=sys.stderr)
            return 1
        # Let it run long enough to ping a few times.
        settle = time.monotonic() + 2.5
        while time.monotonic() < settle:
            service.step(0.05)
        if service.pings < 2:
            print("supervisor: %d watchdog pings in 2.5 s; expected one a second" % service.pings,
                  file=sys.stderr)
            return 1
        print("supervisor: watchdog pings: %d in 2.5 s" % service.pings)
        for kind, count, sig in (("crash", args.crashes, signal.SIGKILL),
                                 ("hang", args.hangs, signal.SIGSTOP)):
            for i in range(count):
                began = time.monotonic()
                os.kill(service.pid, sig)
                ready = service.wait_ready()
                if ready is None:
                    print("supervisor: no READY=1 after %s %d" % (kind, i + 1), file=sys.stderr)
                    return 1
                seconds = ready - began
                # A hang is only noticed after WatchdogSec; what follows is a restart.
                limit = args.limit + (WATCHDOG_SEC if kind == "hang" else 0.0)
                print("supervisor: %s %d: back on screen after %.0f ms%s" %
                      (kind, i + 1, seconds * 1000, "" if seconds <= limit else " (too slow)"))
                failed |= seconds > limit
                settle = time.monotonic() + 1.5
                while time.monotonic() < settle:
                    service.step(0.05)
        print("supervisor: %d starts in all" % service.starts)
    finally:
        service.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
