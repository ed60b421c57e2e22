"""Tests for Word articles and the checks made on their container."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest

from briefwright.ingest import read_article
from briefwright.ingest.container import OLE2_MAGIC
from briefwright.model.errors import IngestError
from tests.scaling import LINEAR_LIMIT, growth


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Coup in Niger", style="Title")
    document.add_heading("Background", level=1)
    document.add_paragraph("The junta took power on Wednesday.\nIt closed the borders.")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("Name", "Role"), ("Tchiani", "Coup leader")],
                           strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("Reactions", level=2)
    paragraph = document.add_paragraph("Ecowas\timposed ")
    paragraph.add_run("sanctions").bold = True
    paragraph.add_run(".")
    document.add_paragraph("", style="List Bullet")
    document.core_properties.author = "Jane Doe"
    document.core_properties.created = datetime(2023, 11, 12, 9, 30, tzinfo=UTC)
    document.save(str(path))
    return path


def test_word_article(tmp_path: Path) -> None:
    article = read_article(_word_file(tmp_path / "brief.docx"))
    assert article.title == "Coup in Niger"
    assert article.author == "Jane Doe"
    assert article.date == date(2023, 11, 12)
    assert [(p.id, p.kind, p.text) for p in article.paragraphs] == [
        (1, "heading", "Background"),
        (2, "body", "The junta took power on Wednesday. It closed the borders."),
        (3, "body", "Name | Role"),
        (4, "body", "Tchiani | Coup leader"),
        (5, "heading", "Reactions"),
        (6, "body", "Ecowas imposed sanctions."),
    ]
    assert article.cleaning == ("1 tab replaced by a space",)
    assert len(article.paragraphs[1].sentences) == 2


def test_core_title_when_no_title_style(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Metadata title"
    document.add_paragraph("Body text.")
    target = tmp_path / "meta.docx"
    document.save(str(target))
    article = read_article(target)
    assert (article.title, article.author, article.date) == ("Metadata title", None, None)


def _bomb(path: Path, member_bytes: int) -> Path:
    """Write a zip holding ``member_bytes`` of zeros, streamed so memory stays small."""
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(member_bytes // len(chunk)):
                member.write(chunk)
    return path


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    target = _bomb(tmp_path / "bomb.docx", 300 * 1024 * 1024)
    assert target.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(IngestError, match=r"^bomb\.docx: compressed contents too large"):
        read_article(target)


def test_high_ratio_member_is_refused(tmp_path: Path) -> None:
    target = _bomb(tmp_path / "ratio.docx", 20 * 1024 * 1024)
    with pytest.raises(IngestError, match="zip bomb"):
        read_article(target)


def test_forged_declared_size_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", b"x" * 100)
    data = bytearray(buffer.getvalue())
    # Rewrite the uncompressed size in the central directory entry to 60 MB.
    central = data.rindex(b"PK\x01\x02")
    data[central + 24 : central + 28] = (60 * 1024 * 1024).to_bytes(4, "little")
    target = tmp_path / "forged.docx"
    target.write_bytes(bytes(data))
    with pytest.raises(IngestError, match="zip bomb"):
        read_article(target)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("text.docx", b"This is plain text, not a Word file.", r"^text\.docx: not a Word file"),
        ("empty-zip.docx", b"PK\x05\x06" + bytes(18), r"^empty-zip\.docx: not a Word file"),
        ("legacy.docx", OLE2_MAGIC + bytes(504) + b"WordDocument".ljust(64, b"\0"),
         r"^legacy\.docx: legacy \.doc: save as \.docx first"),
        ("legacy.doc", OLE2_MAGIC + bytes(504), r"^legacy\.doc: legacy \.doc"),
        ("locked.docx", OLE2_MAGIC + bytes(504) + "EncryptedPackage".encode("utf-16-le"),
         r"^locked\.docx: encrypted Word file: remove the password and save again"),
        ("truncated.docx", b"PK\x03\x04" + bytes(40), r"^truncated\.docx: not a Word file"),
    ],
)
def test_bad_word_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    target = tmp_path / name
    target.write_bytes(data)
    with pytest.raises(IngestError, match=message):
        read_article(target)


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    target = tmp_path / "other.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    with pytest.raises(IngestError, match=r"^other\.docx: not a Word file"):
        read_article(target)


def test_word_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    source = _word_file(tmp_path / "brief.docx")
    target = tmp_path / "brief.bin"
    target.write_bytes(source.read_bytes())
    assert read_article(target).title == "Coup in Niger"


def _with_document_xml(source: Path, target: Path, doctype: str, old: str, new: str) -> Path:
    """Copy a Word file, giving its document.xml a DOCTYPE and replacing some text."""
    with zipfile.ZipFile(source) as original:
        xml = original.read("word/document.xml").decode("utf-8")
        declaration, rest = xml.split("?>", 1)
        changed = declaration + "?>" + doctype + rest.replace(old, new)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as copy:
            for member in original.infolist():
                data = original.read(member.filename)
                if member.filename == "word/document.xml":
                    data = changed.encode("utf-8")
                copy.writestr(member.filename, data)
    return target


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    target = _with_document_xml(
        _word_file(tmp_path / "plain.docx"), tmp_path / "xxe.docx", doctype,
        "Ecowas", "&xxe; Ecowas",
    )
    article = read_article(target)
    assert "TOP-SECRET" not in article.text
    assert "imposed sanctions." in article.text


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    target = _with_document_xml(
        _word_file(tmp_path / "plain.docx"), tmp_path / "laughs.docx",
        f"<!DOCTYPE w:document [{entities}]>", "Ecowas", "&lol9; Ecowas",
    )
    plain = _word_file(tmp_path / "plain.docx")

    def refuse() -> None:
        with pytest.raises(IngestError, match=r"^laughs\.docx: "):
            read_article(target)

    # Nothing is expanded: refusing it costs about what reading the plain file costs.
    assert growth(refuse, lambda: read_article(plain)) < LINEAR_LIMIT
