"""Other windows and commands keep reading while a long import is being written (issue 9 item 6).

With a rollback journal, an import bigger than the page cache took an exclusive lock mid-way and
every other process failed with "The vault is in use" after the busy timeout.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import PASSPHRASE

from evidence_app.vault import Vault
from evidence_app.vault.verify import verify_vault

MIB = 1024 * 1024

# Imports FILE and, once 24 MiB are written (well past the page cache), says so and waits for a
# line on stdin before finishing: the transaction stays open while the parent reads.
CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from evidence_app.importer import import_file
    from evidence_app.vault import Operator, Vault
    v = Vault.open(Path(sys.argv[1]), sys.argv[3], Operator("child", "test"))
    paused = []
    def progress(done, total):
        if done >= 24 * 1024 * 1024 and not paused:
            paused.append(1)
            print("paused", flush=True)
            sys.stdin.readline()
    cap = import_file(v, v.list_cases()[0].id, Path(sys.argv[2]), progress=progress)
    print("sealed", cap.id, flush=True)
""")


def test_a_reader_opens_the_vault_while_a_long_import_is_written(vault, case, vault_path,
                                                                  operator, tmp_path):
    src = tmp_path / "video.mp4"
    with open(src, "wb") as f:
        for i in range(40):
            f.write(bytes([i]) * MIB)
    vault.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(vault_path), str(src), PASSPHRASE],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "paused"
        # Another process (here: this one) opens, reads and even records while the import waits.
        with Vault.open(vault_path, PASSPHRASE, operator) as v:
            assert [c.ref for c in v.list_cases()] == ["T-1"]
            assert v.list_captures(case.id) == []  # the import is not committed yet
            assert verify_vault(v, record=False).ok
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().startswith("sealed")
    finally:
        child.kill() if child.poll() is None else None
        child.wait(timeout=60)
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        assert len(v.list_captures(case.id)) == 1
        assert verify_vault(v).ok
    assert not Path(str(vault_path) + "-wal").exists()  # cut back when the last one closed


def test_a_writer_waits_for_another_writer_and_says_so(vault, case, vault_path, operator):
    import threading

    other = Vault.open(vault_path, PASSPHRASE, operator)
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:  # another window sealing a long import
        with other._write() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('note/x', 'y')")
            holding.set()
            release.wait(timeout=120)

    t = threading.Thread(target=long_write)
    t.start()
    waits: list[float] = []

    def on_wait(waited: float) -> None:
        waits.append(waited)
        release.set()  # the other write finishes while this one waits

    try:
        assert holding.wait(timeout=60)
        vault.on_write_wait = on_wait
        case2 = vault.create_case("Written after waiting")
    finally:
        release.set()
        t.join()
        other.close()
    assert waits and case2.id in [c.id for c in vault.list_cases()]
