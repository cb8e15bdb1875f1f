"""A picture that cannot be drawn (truncated, a 400 or 900 megapixel decompression bomb) gets a
placeholder in the capture's details, decoded on a worker within a pixel budget; the details
shown are always the selected exhibit's, never the previous one's."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from support.badimages import bomb_png, truncated_png

from evidence_app import pictures
from evidence_app.gui import imaging

from .conftest import checkerboard_png
from .test_workflow import import_files, new_case


def select_by_name(qtbot, main, name: str) -> str:  # type: ignore[no-untyped-def]
    """Select the exhibit imported from `name`; returns its exhibit label."""
    table = main.case_view.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == name)
    table.selectRow(row)
    return table.item(row, 0).text()


def wait_detail(qtbot, detail, exhibit: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.capture.exhibit == exhibit
                    and len(detail.previews) == 1, timeout=30_000)


def test_bad_pictures_show_a_placeholder_not_the_previous_exhibit(qtbot, main_window,
                                                                  tmp_path):
    main = main_window
    new_case(qtbot, main)
    files = {"good.png": checkerboard_png(), "bomb-900mp.png": bomb_png(30000, 30000),
             "bomb-400mp.png": bomb_png(20000, 20000), "truncated.png": truncated_png()}
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    import_files(qtbot, main, paths)
    qtbot.waitUntil(lambda: main.case_view.table.rowCount() == 4, timeout=10_000)
    detail = main.case_view.detail

    good = select_by_name(qtbot, main, "good.png")
    wait_detail(qtbot, detail, good)
    assert not next(iter(detail.previews.values())).is_placeholder

    for name in ("bomb-900mp.png", "bomb-400mp.png", "truncated.png"):
        exhibit = select_by_name(qtbot, main, name)
        wait_detail(qtbot, detail, exhibit)
        assert detail.title.text() == f"Exhibit {exhibit}"
        assert detail.status.text() == ""  # no "Something unexpected went wrong"
        preview = next(iter(detail.previews.values()))
        assert preview.is_placeholder
        assert "cannot be displayed" in preview.image.text()
        assert not preview.reveal_button.isVisible()
        assert preview.image.pixmap().isNull()


def test_preview_decoding_is_bounded_and_leaves_pillow_alone():
    before = Image.MAX_IMAGE_PIXELS
    for data in (bomb_png(30000, 30000), truncated_png()):
        with pytest.raises(pictures.PictureError):
            imaging.blurred(data)
    assert Image.MAX_IMAGE_PIXELS == before
    buf = io.BytesIO()
    Image.effect_noise((4000, 3000), 50).convert("RGB").save(buf, "JPEG")
    assert imaging.revealed(buf.getvalue()).width() == imaging.PREVIEW_WIDTH
