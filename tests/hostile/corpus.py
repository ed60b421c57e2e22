"""The hostile corpus: one generator per case, written into a folder at test time.

Each case names the file it writes and what must come of it: a faithful export (the cleaned
article text appears literally in the PDF and the DOCX) or a typed error whose message
matches ``error``. Big inputs are made here, never committed: the 60 MB text is a sparse
file, the zip bombs are a few hundred KB of deflated zeros.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx

from briefwright.model.errors import BriefwrightError, IngestError, ProjectError
from briefwright.store.project import dumps
from tests.briefings import small_briefing
from tests.hostile.zips import Member, build_zip, deflated, replace_member, zeros

SECRET_MARKER = "SECRET-MARKER-5b1e9c"
"""The content of a local file the articles point at; it must never reach an output."""
SECRET_NAME = "secret-local-file.txt"
SCRIPT_MARKER = "SCRIPT-TEXT-MARKER"

Builder = Callable[[Path], bytes | None]


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it and what must come of it.

    ``error`` is None for a faithful export, else a regex the typed error's message matches.
    ``contains`` are strings the read article must hold (decoding checks); ``forbidden``
    must appear in no output (the project file, the PDF text, the DOCX text).
    """

    name: str
    build: Builder
    error: str | None = None
    error_type: type[BriefwrightError] = IngestError
    contains: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = (SECRET_MARKER,)
    heavy: bool = field(default=False, compare=False)

    @property
    def is_project(self) -> bool:
        """Return True for a project-file case."""
        return self.name.endswith(".briefing")


def secret_path(folder: Path) -> Path:
    """Return the local file the corpus in ``folder`` points at (outside the folder)."""
    return folder.parent / "private" / SECRET_NAME


def _secret(folder: Path) -> str:
    return str(secret_path(folder))


ARTICLE = (
    "The council met on Tuesday to discuss the budget for the coming year. Members agreed on "
    "most points after a long debate.\n\nOfficials said the vote would be held next week "
    "after further consultation with residents of the northern districts.\n"
)


def _text(body: str, encoding: str = "utf-8") -> Builder:
    return lambda folder: body.replace("{SECRET}", _secret(folder)).encode(encoding)


def _sparse(size: int) -> Builder:
    def build(folder: Path) -> None:
        path = folder / "huge-60mb.txt"
        with path.open("wb") as fh:
            fh.truncate(size)

    return build


def _random_bytes(folder: Path) -> bytes:
    return random.Random(5).randbytes(64 * 1024)


def _long_word(folder: Path) -> bytes:
    return ("title One long word\n\n" + "abcdefghij" * 100_000 + "\n").encode()


def _long_paragraph(folder: Path) -> bytes:
    words = ("the", "mission", "reported", "calm", "in", "the", "capital", "while", "talks")
    rng = random.Random(7)
    sentences = []
    for _ in range(6000):
        sentence = " ".join(rng.choice(words) for _ in range(10))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return ("title One giant paragraph\n\n" + " ".join(sentences) + "\n").encode()


CONTROLS = (
    "title Control characters\n\nThe report\x00 arrived\x07 late\x08 on Monday\x0b with "
    "a form\x0cfeed, an escape\x1b[31m sequence and a delete\x7f character. Officials said "
    "the\u200b zero-width space and the non-characters \ufffe and \uffff were kept out.\n\n"
    "A second paragraph\r\nwith Windows line ends\rand an old Mac one\u2028and a separator.\n"
)

MARKUP = (
    "title <b>Markup</b> & friends\n\n"
    "An unbalanced <b>bold tag and <i>italic tag open here. If a<b and c>d then the parser "
    "must not choke.\n\n"
    '<font name="Courier" size="72" color="red">big red text</font> and '
    '<img src="{SECRET}" width="100" height="100"/> and <img src="/dev/zero"/> inline.\n\n'
    '<a href="javascript:alert(1)">click here</a> and <link href="file://{SECRET}">local</link> '
    "and <onDraw name=\"drawString\" label=\"x\"/> and <seq id=\"n\"/> tags.\n\n"
    "Entities: AT&T, &copy 2024, &amp;, &#x41;, &nbsp; and &lt;tag&gt; stay as typed.\n\n"
    '<?xml version="1.0"?> then ]]> then <![CDATA[data]]> then <br> and <br/> and <para>.\n'
)

BIDI = (
    "title Bidi and scripts\n\nThe file \u202eexe.txt\u202c was named with a right-to-left "
    "override. Arabic \u2067مرحبا بالعالم\u2069 and Hebrew \u200fשלום עולם\u200f appear.\n\n"
    "Greek Καλημέρα, Cyrillic Привет мир, Polish Zażółć gęślą jaźń.\n"
)

COMBINING = (
    "title Combining marks\n\nCafe\u0301 and nai\u0308ve are written with combining "
    "accents. Vietnamese Tie\u0302\u0301ng Vie\u0323\u0302t. Zalgo: Z\u0338\u0322a\u0335l"
    "\u0337g\u0336o\u0334 text.\n"
)

EMOJI = (
    "title Emoji and CJK\n\nThe minister 👍🏽 posted 🇳🇪 and 👨‍👩‍👧 online. "
    "Chinese 中文新闻 and Japanese ニュース appear in the report.\n"
)

HTML_SCRIPTS = """<!DOCTYPE html><html><head><title>Scripts and remote things</title>
<link rel="stylesheet" href="http://example.invalid/s.css">
<style>@import url(http://example.invalid/i.css);
body {background:url(http://example.invalid/b.png)}</style>
<script src="http://example.invalid/x.js"></script>
<script>document.write("SCRIPT-TEXT-MARKER")</script>
</head><body><article><h1>Scripts and remote things</h1>
<p>The council met on Tuesday to discuss the budget for the coming year.
Members agreed on most points.</p>
<img src="http://example.invalid/remote.png" alt="">
<p>Officials said the vote would be held next week
after further consultation with residents.</p>
<iframe src="http://example.invalid/frame"></iframe>
</article></body></html>
"""

HTML_FILE_IMAGES = """<!DOCTYPE html><html><head><title>Local images</title>
<link rel="icon" href="file://{SECRET}"><link rel="stylesheet" href="{SECRET}">
</head><body><article><h1>Local images</h1>
<p>The council met on Tuesday to discuss the budget.
<img src="file://{SECRET}"> Members agreed.</p>
<img src="{SECRET}"><object data="file://{SECRET}"></object><embed src="{SECRET}">
<p>Officials said the vote would be held next week &lt;img src="{SECRET}"&gt; after talks.</p>
</article></body></html>
"""

XXE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{SECRET}">
<!ENTITY % pe SYSTEM "file://{SECRET}"> %pe;]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>External entity</title></head>
<body><p>The council met on Tuesday &xxe; to discuss the budget for the year.</p>
<p>Officials said the vote would be held next week after further consultation.</p></body></html>
"""

LAUGHS = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
)
BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol0 "lol">{LAUGHS}]>
<html><body><p>The council met on Tuesday &lol9; to discuss the budget for the year.</p>
<p>Officials said the vote would be held next week after further consultation.</p></body></html>
"""


def _docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_hostile_text(folder: Path) -> bytes:
    return _docx_bytes(
        [
            "Markup in Word: <b>bold</b> <img src=\"" + _secret(folder) + "\"/> & AT&T &copy.",
            "The council met on Tuesday to discuss the budget <?xml ?> ]]> for the year.",
        ]
    )


def _docx_with_doctype(doctype: str, entity: str) -> Builder:
    def build(folder: Path) -> bytes:
        base = _docx_bytes(["The council met on Tuesday ENTITY_HERE to discuss the budget."])
        xml = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml").decode()
        head, rest = xml.split("?>", 1)
        xml = head + "?>" + doctype.replace("{SECRET}", _secret(folder)) + rest
        xml = xml.replace("ENTITY_HERE", entity)
        return replace_member(base, "word/document.xml", xml.encode())

    return build


def _docx_real_docx_member(folder: Path) -> Member:
    return deflated("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')


def _zip_bomb(folder: Path) -> bytes:
    # 16 members of 64 MiB of zeros each: ~1 MB on disk, 1 GiB declared and real.
    zero = zeros("word/document.xml", 64 << 20)
    members = [_docx_real_docx_member(folder)] + [
        Member(f"word/part{i}.xml", zero.compressed, zero.size, zero.crc) for i in range(16)
    ]
    return build_zip(members)


def _zip_declared_total(folder: Path) -> bytes:
    # Five members each declaring 45 MB at a ratio of 90: only the total (225 MB) is wrong.
    body = random.Random(3).randbytes(500_000)
    members = [_docx_real_docx_member(folder)] + [
        Member(f"word/media/image{i}.bin", body, 45_000_000, 0) for i in range(5)
    ]
    return build_zip(members)


def _zip_lying_sizes(folder: Path) -> bytes:
    # Declares 1,000 bytes but inflates to 64 MiB: zipfile stops at the declared size.
    real = _docx_bytes(["The council met on Tuesday to discuss the budget."])
    zero = zeros("word/document.xml", 64 << 20)
    members = []
    with zipfile.ZipFile(io.BytesIO(real)) as archive:
        for info in archive.infolist():
            if info.filename == "word/document.xml":
                members.append(Member(info.filename, zero.compressed, 1000, zero.crc))
            else:
                members.append(deflated(info.filename, archive.read(info.filename)))
    return build_zip(members)


def _encrypted(folder: Path) -> bytes:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return header + "EncryptedPackage".encode("utf-16-le") + bytes(2048)


def _legacy_doc(folder: Path) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode(
        "utf-16-le"
    ) + bytes(4096)


def _project(change: Callable[[dict], object]) -> Builder:
    def build(folder: Path) -> bytes:
        data = json.loads(dumps(small_briefing()))
        result = change(data)
        if isinstance(result, bytes):
            return result
        return json.dumps(data, ensure_ascii=True).encode()

    return build


def _valid_project(folder: Path) -> bytes:
    return dumps(small_briefing())


def _set(path: str, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        *parents, last = path.split(".")
        node = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _hostile_strings(data: dict) -> None:
    nasty = '<b>x</b> <img src="/etc/passwd"/> &copy AT&T <?pi ]]> \x00\x08\x1b \ud800 \u202e'
    data["meta"]["title"] = "Title " + nasty
    data["meta"]["subject"] = "Subject " + nasty
    data["meta"]["marking"] = "TLP:AMBER <font size=90>x</font>"
    data["bottom_line"] = "Bottom line " + nasty
    data["comment"] = "Comment " + nasty
    data["facts"][0]["text"] = "Fact " + nasty
    data["sections"][0]["heading"] = "Heading " + nasty
    data["actors"][0]["name"] = "Actor " + nasty
    data["actors"][0]["role"] = "Role " + nasty


def _surrogate_article(data: dict) -> None:
    paragraphs = data["article"]["paragraphs"]
    paragraphs[0]["text"] = "The capital was calm \udc9f on Monday. Troops guarded the palace."
    text = "\n\n".join(p["text"] for p in paragraphs)
    data["article"]["sha256"] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _giant_paragraph(text: str) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        paragraphs = data["article"]["paragraphs"]
        paragraphs[1]["text"] = text
        joined = "\n\n".join(p["text"] for p in paragraphs)
        data["article"]["sha256"] = hashlib.sha256(joined.encode()).hexdigest()

    return change


GIANT_WORDS = " ".join(["sanctions"] * 60_000)
GIANT_WORD = "abcdefghij" * 100_000


CASES: tuple[Case, ...] = (
    Case("empty.txt", _text(""), r"empty\.txt: empty article"),
    Case("whitespace-only.txt", _text(" \n\t\r\n \u00a0\n"), r"empty article"),
    Case("random-binary.txt", _random_bytes, r"random-binary\.txt: does not look like text: "),
    Case("huge-60mb.txt", _sparse(60 * 1024 * 1024), r"larger than 20 MB \(60\.0 MB\)"),
    Case("one-word-1mb.txt", _long_word, heavy=True),
    Case("paragraph-60000-words.txt", _long_paragraph, heavy=True),
    Case("control-characters.txt", _text(CONTROLS), contains=("\ufffd", "report\ufffd arrived")),
    Case("invalid-utf8.txt", lambda f: b"Caf\xc3\xa9 bad \xff\xfe bytes \x81\x8d then more text.\n",
         contains=("bytes",)),
    Case("utf16-bom.txt", _text("\ufeffNaïve café in Zürich — “quoted” €5.\n", "utf-16"),
         contains=("Naïve café in Zürich — “quoted” €5.",)),
    Case("cp1252-undeclared.txt", _text("Naïve café – “quoted” €5 and œuvre.\n", "cp1252"),
         contains=("Naïve café – “quoted” €5 and œuvre.",)),
    Case("latin1-undeclared.txt", _text("Ça coûte ±5 £, naïve façade, Ærø.\n", "latin-1"),
         contains=("Ça coûte ±5 £, naïve façade, Ærø.",)),
    Case("html-scripts-remote.html", _text(HTML_SCRIPTS),
         forbidden=(SCRIPT_MARKER, "example.invalid", "background:url")),
    Case("html-file-images.html", _text(HTML_FILE_IMAGES)),
    Case("html-external-entity.xhtml", _text(XXE)),
    Case("html-billion-laughs.html", _text(BILLION_LAUGHS), forbidden=("lollollol",)),
    Case("reportlab-markup.txt", _text(MARKUP), contains=("<b>bold tag", "&copy 2024")),
    Case("bidi-controls.txt", _text(BIDI), contains=("\u202eexe.txt\u202c",)),
    Case("combining-marks.txt", _text(COMBINING), contains=("Café and naïve",)),
    Case("emoji-cjk.txt", _text(EMOJI), contains=("👍🏽", "中文")),
    Case("docx-hostile-text.docx", _docx_hostile_text, contains=("<b>bold</b>",)),
    Case("docx-external-entity.docx",
         _docx_with_doctype('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{SECRET}">]>',
                            "&xxe;")),
    Case("docx-billion-laughs.docx",
         _docx_with_doctype(f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{LAUGHS}]>', "&lol9;"),
         r"docx-billion-laughs\.docx: ", forbidden=("lollollol",)),
    Case("docx-zip-bomb.docx", _zip_bomb, r"compressed contents too large \(zip bomb\?\)"),
    Case("docx-declared-total.docx", _zip_declared_total,
         r"compressed contents too large \(zip bomb\?\)"),
    Case("docx-lying-sizes.docx", _zip_lying_sizes, r"docx-lying-sizes\.docx: "),
    Case("docx-not-a-zip.docx", _text(ARTICLE), r"not a Word file"),
    Case("docx-encrypted.docx", _encrypted, r"encrypted Word file: remove the password"),
    Case("legacy-doc-renamed.docx", _legacy_doc, r"legacy \.doc: save as \.docx first"),
    Case("project-valid.briefing", _valid_project, error_type=ProjectError),
    Case("project-empty.briefing", _text(""), r"invalid JSON at line 1, column 1",
         ProjectError),
    Case("project-truncated.briefing", lambda f: _valid_project(f)[:900],
         r"damaged project file \(invalid JSON", ProjectError),
    Case("project-not-object.briefing", _text('["schema", 1]'), r"not a JSON object",
         ProjectError),
    Case("project-future-schema.briefing", _project(_set("schema", 99)),
         r"made by a newer Briefwright \(schema 99\)", ProjectError),
    Case("project-nested-arrays.briefing", _text("[" * 100_000 + "]" * 100_000),
         r"nested too deeply", ProjectError),
    Case("project-nested-objects.briefing", _text('{"a":' * 100_000 + "1" + "}" * 100_000),
         r"nested too deeply", ProjectError),
    Case("project-wrong-type-paragraph.briefing", _project(_set("facts.0.paragraph", "1")),
         r"facts\[0\]\.paragraph must be a whole number", ProjectError),
    Case("project-wrong-type-sections.briefing", _project(_set("sections", "all")),
         r"project\.sections must be a list", ProjectError),
    Case("project-wrong-type-included.briefing", _project(_set("actors.0.included", "yes")),
         r"actors\[0\]\.included must be true or false", ProjectError),
    Case("project-dangling-paragraph.briefing", _project(_set("sections.0.paragraphs", [99])),
         r"refers to paragraph 99", ProjectError),
    Case("project-hash-mismatch.briefing",
         _project(_set("article.paragraphs.0.text", "Edited outside.")),
         r"does not match its checksum", ProjectError),
    Case("project-huge-integer.briefing", _text('{"schema": ' + "9" * 5000 + "}"),
         r"damaged project file", ProjectError),
    Case("project-nan-score.briefing",
         lambda f: _valid_project(f).replace(b'"score": 0.9', b'"score": NaN'),
         r"damaged project file", ProjectError),
    Case("project-not-utf8.briefing", lambda f: _valid_project(f).decode().encode("utf-16"),
         r"not UTF-8 text", ProjectError),
    Case("project-hostile-strings.briefing", _project(_hostile_strings),
         error_type=ProjectError, forbidden=(SECRET_MARKER, "root:x:0:0")),
    Case("project-lone-surrogate.briefing", _project(_surrogate_article),
         error_type=ProjectError),
    Case("project-giant-paragraph.briefing", _project(_giant_paragraph(GIANT_WORDS)),
         error_type=ProjectError, heavy=True),
    Case("project-giant-word.briefing", _project(_giant_paragraph(GIANT_WORD)),
         error_type=ProjectError, heavy=True),
)


def write_corpus(folder: Path) -> dict[str, Path]:
    """Write every case (and the secret local file) into ``folder``; return name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    secret_path(folder).parent.mkdir(parents=True, exist_ok=True)
    secret_path(folder).write_text(SECRET_MARKER + "\n", encoding="utf-8")
    paths = {}
    for case in CASES:
        path = folder / case.name
        data = case.build(folder)
        if data is not None:
            path.write_bytes(data)
        paths[case.name] = path
    return paths
