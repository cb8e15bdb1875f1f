"""Interrupted imports (SIGKILL, Ctrl+C, full disk) leave no partial capture and no damage."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from evidence_app.vault import Vault
from evidence_app.vault.verify import verify_vault

MIB = 1024 * 1024

# A child that imports FILE into the vault, printing bytes done after every chunk, and then
# "sealed" once the capture is committed.
CHILD = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    from evidence_app.importer import import_file
    from evidence_app.vault import Operator, Vault
    vault_path, src, passphrase, fsize = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if fsize:
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    v = Vault.open(Path(vault_path), passphrase, Operator("child", "test"))
    case = v.list_cases()[0]
    def progress(done, total):
        print(done, flush=True)
    try:
        cap = import_file(v, case.id, Path(src), progress=progress)
    except Exception as e:
        print("error", type(e).__name__, e, flush=True)
        sys.exit(1)
    print("sealed", cap.id, flush=True)
""")


def _child(vault_path: Path, src: Path, fsize: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(vault_path), str(src), PASSPHRASE,
                             str(fsize)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _assert_intact(vault_path: Path, operator, expected_captures: int) -> None:  # type: ignore[no-untyped-def]
    with Vault.open(vault_path, PASSPHRASE, operator) as v:
        case = v.list_cases()[0]
        caps = v.list_captures(case.id)
        assert len(caps) == expected_captures
        report = verify_vault(v)
        assert report.ok, report.problems
        assert v._read("SELECT count(*) FROM chunks")[0][0] == sum(
            a.chunk_count for c in caps for a in c.artifacts)
    assert not vault_path.with_name("vault.db-journal").exists()


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    src = tmp_path / "video.mp4"
    with open(src, "wb") as f:
        for i in range(48):
            f.write(bytes([i]) * MIB)
    return src


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1 * MIB, 24 * MIB, 47 * MIB, 48 * MIB])
def test_sigkill_during_import_leaves_no_partial_capture(vault, case, vault_path, operator,
                                                         tmp_path, big_file, kill_after):
    small = tmp_path / "first.txt"
    small.write_text("sealed before the crash\n")
    from evidence_app.importer import import_file

    import_file(vault, case.id, small)  # something sealed that must survive
    vault.close()
    proc = _child(vault_path, big_file)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("sealed") or line.startswith("error"):
            break
        if int(line) >= kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    # The killed transaction left a hot journal (or nothing); opening rolls it back.
    _assert_intact(vault_path, operator, expected_captures=1)


@pytest.mark.slow
def test_sigkill_at_random_moments_including_commit(vault, case, vault_path, operator, big_file):
    """Kill after a range of delays, some landing in the commit: each run is all or nothing."""
    vault.close()
    sealed = 0
    for delay_lines in (3, 10, 30, 45, 49):
        proc = _child(vault_path, big_file)
        assert proc.stdout is not None
        seen = 0
        done = False
        for line in proc.stdout:
            if line.startswith("sealed"):
                done = True
                break
            seen += 1
            if seen >= delay_lines:
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=60)
        if done:
            sealed += 1
        with Vault.open(vault_path, PASSPHRASE, operator) as v:
            caps = v.list_captures(v.list_cases()[0].id)
            # Either the whole capture is there or none of it.
            assert len(caps) in (sealed, sealed + 1)
            sealed = len(caps)
            assert all(c.artifacts[0].size == 48 * MIB for c in caps)
            assert verify_vault(v).ok
    _assert_intact(vault_path, operator, expected_captures=sealed)


def test_file_size_limit_is_a_clear_error_and_loses_nothing(vault, case, vault_path, operator,
                                                            tmp_path, big_file):
    small = tmp_path / "first.txt"
    small.write_text("sealed before the write failed\n")
    from evidence_app.importer import import_file

    import_file(vault, case.id, small)
    vault.close()
    # The process may not grow any file past 8 MiB: writes fail mid-import (EFBIG).
    proc = _child(vault_path, big_file, fsize=8 * MIB)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, (out, err)
    last = out.strip().splitlines()[-1]
    assert last.startswith(("error DiskFull", "error VaultWriteError")), last
    assert "everything saved before is intact" in last
    assert "Traceback" not in err
    _assert_intact(vault_path, operator, expected_captures=1)


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real 12 MiB file system (tmpfs): needs root, as in CI; skipped elsewhere."""
    mnt = tmp_path / "small-disk"
    mnt.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {proc.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_is_a_clear_error_and_loses_nothing(small_disk, operator, tmp_path,
                                                      big_file):
    from evidence_app.importer import import_file

    vault_path = small_disk / "vault.db"
    v, _ = Vault.create(vault_path, PASSPHRASE, operator)
    case = v.create_case("Disk case")
    small = tmp_path / "first.txt"
    small.write_text("sealed before the disk filled\n")
    import_file(v, case.id, small)
    v.close()
    proc = _child(vault_path, big_file)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, (out, err)
    last = out.strip().splitlines()[-1]
    assert last.startswith("error DiskFull") and "The disk is full" in last, last
    assert "Traceback" not in err
    _assert_intact(vault_path, operator, expected_captures=1)


def test_ctrl_c_in_the_cli_cancels_cleanly(vault, case, vault_path, operator, big_file):
    vault.close()
    env = dict(os.environ, EVIDENCE_APP_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen([sys.executable, "-m", "evidence_app", "--vault", str(vault_path),
                             "import", "--case", "T-1", str(big_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "importing video.mp4: 2" in line:  # 20% done
            proc.send_signal(signal.SIGINT)
            break
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Cancelled" in err and "Traceback" not in err
    _assert_intact(vault_path, operator, expected_captures=0)
