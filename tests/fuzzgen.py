"""A seeded generator of hostile inputs for `lagebild extract` and `lagebild ingest`.

Families: bytes, encodings, sizes, structures (front matter), JSONL, HTML, WARC and the file
system. Each case is a file (or a FIFO, a link) and what a correct run must store if it succeeds
(``expect``: articles; None when either outcome is fine). The texts are written here, in our
own words; nothing is copied from any corpus.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SENTENCES = [
    "Russland hat am Montag rund 4.000 Soldaten nach Belarus verlegt.",
    "Die Regierung in Kiew bestritt den Bericht am Dienstag.",
    "According to officials, China sent two warships to the strait on Friday.",
    "The ministry denied that troops had crossed the border.",
    "Frankreich und Deutschland unterzeichneten in Berlin ein Abkommen.",
    "Police arrested 12 protesters in Paris, the interior ministry said.",
]
ODD = ["²", "³", "¹", "①", "⑩", "10³", "٣", "Ⅻ", "½", "\u200b", "\u202e", "\ufeff", "\x0b", "\x0c", "\x1c",
       "\u2028", "\u0085", "e\u0301", "🇺🇦", "𝟘𝟙", "\ud7ff", "�", "\t", "\r", "\r\n", "…", "„", "»"]


@dataclass
class Case:
    family: str
    name: str
    path: Path
    expect: int | None = None  # articles a successful ingest must store (None: not checked)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(n))


def _weird(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SENTENCES[rng.randrange(len(SENTENCES))].split() + ODD) + rng.choice(["", " ", "\n"])
                   for _ in range(n))


def _warc_record(kind: str, uri: str, payload: bytes, headers: dict[str, str] | None = None) -> bytes:
    head = {"WARC-Type": kind, "WARC-Target-URI": uri, "WARC-Date": "2024-10-23T10:00:00Z",
            "WARC-Record-ID": f"<urn:uuid:{abs(hash((uri, len(payload)))):032x}>",
            "Content-Type": "application/http; msgtype=response", "Content-Length": str(len(payload)),
            **(headers or {})}
    return (b"WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head.items()).encode() + b"\r\n"
            + payload + b"\r\n\r\n")


def _http(body: bytes, ctype: str = "text/html; charset=utf-8") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body


class Generator:
    """Writes the cases into ``folder``; ``rng`` seeded, so a failure can be replayed."""

    def __init__(self, folder: Path, seed: int = 12) -> None:
        self.folder, self.rng, self.n = folder, random.Random(seed), 0

    def _file(self, family: str, name: str, suffix: str, data: bytes | str, expect: int | None = None) -> Case:
        self.n += 1
        path = self.folder / f"{family}-{self.n:03d}-{name}{suffix}"
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        return Case(family, name, path, expect)

    def bytes_(self) -> Iterator[Case]:
        r = self.rng
        yield self._file("bytes", "empty", ".txt", b"")
        yield self._file("bytes", "blank", ".txt", b" \n\t\r\n ")
        yield self._file("bytes", "nul", ".txt", b"Hallo\x00Welt")
        yield self._file("bytes", "bom-only", ".txt", b"\xef\xbb\xbf")
        for i in range(36):
            size = r.choice([1, 7, 100, 1000, 20_000])
            raw = bytes(r.randrange(256) for _ in range(size))
            if i % 3 == 0:
                raw = raw.replace(b"\x00", b" ")
            yield self._file("bytes", f"random{size}", r.choice([".txt", ".md", ".html", ".jsonl"]), raw)

    def encodings(self) -> Iterator[Case]:
        r = self.rng
        for i in range(40):
            text = _text(r, r.randint(1, 6)) + " Größe: Übung für Straße."
            enc = ["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "utf-8-sig", "utf-8", "mac-roman",
                   "koi8-r", "shift_jis"][i % 10]
            raw = text.encode(enc, "replace")
            ok = enc in ("utf-8", "utf-8-sig")
            yield self._file("encodings", enc, r.choice([".txt", ".md"]), raw, 1 if ok else None)

    def sizes(self) -> Iterator[Case]:
        r = self.rng
        patterns: list[tuple[str, Callable[[int], str]]] = [
            ("commas", lambda n: "," * n),
            ("nopunct", lambda n: "Soldaten " * (n // 9)),
            ("digits", lambda n: "7" * n),
            ("dots", lambda n: ". " * (n // 2)),
            ("repeated", lambda n: (SENTENCES[0] + "\n") * (n // 66)),
            ("oneline", lambda n: _text(r, n // 60).replace(".", ",")),
            ("weird", lambda n: _weird(r, n // 6)),
            ("superscripts", lambda n: " ".join(f"Am {r.choice(ODD[:9])}. März {r.choice(['2024', '10³', '²⁰²⁴'])} "
                                                f"kamen {r.choice(ODD[:9])} Soldaten." for _ in range(n // 40))),
            ("brackets", lambda n: "(" * (n // 2) + ")" * (n // 2)),
            ("quotes", lambda n: '"„»' * (n // 3)),
            ("newlines", lambda n: "\n" * n + "Russland griff an."),
            ("cr-only", lambda n: "\r".join(SENTENCES) * (n // 300 + 1)),
            ("longword", lambda n: "a" * n),
            ("url", lambda n: "https://example.org/" + "x/" * (n // 2)),
            ("numbers", lambda n: " ".join(r.choice(["1e400", "9" * 400, "1.000.000.000", "-0", "3,5"])
                                           for _ in range(n // 20))),
        ]
        for name, make in patterns:
            for size in (2_000, 30_000, 120_000):
                text = make(size)
                expect = 1 if text.strip() and name not in ("commas", "dots", "brackets", "quotes") else None
                yield self._file("sizes", f"{name}{size}", ".txt", text, expect)

    def structures(self) -> Iterator[Case]:
        body = "Russland hat am Montag Soldaten nach Belarus verlegt.\n"
        fronts = [
            ("unclosed", "---\nid: x\n" + body), ("yaml-error", "---\nid: [x\n---\n" + body),
            ("list", "---\n- a\n- b\n---\n" + body), ("scalar", "---\njust text\n---\n" + body),
            ("month13", "---\npublished: 2025-13-45\n---\n" + body), ("feb30", "---\npublished: 2024-02-30\n---\n" + body),
            ("year0", "---\npublished: 0000-01-01\n---\n" + body),
            ("datetime", "---\npublished: 2024-10-23 10:00:00\n---\n" + body),
            ("date-list", "---\npublished: [2024, 10]\n---\n" + body), ("date-dict", "---\npublished: {a: 1}\n---\n" + body),
            ("float-date", "---\npublished: 2024.5\n---\n" + body), ("bool-date", "---\npublished: yes\n---\n" + body),
            ("title-list", "---\ntitle: [a, b]\n---\n" + body), ("title-dict", "---\ntitle: {a: b}\n---\n" + body),
            ("url-list", "---\nurl: [1]\n---\n" + body), ("id-list", "---\nid: [1, 2]\n---\n" + body),
            ("id-bool", "---\nid: true\n---\n" + body), ("lang-list", "---\nlang: [de]\n---\n" + body),
            ("lang-xx", "---\nlang: xx\n---\n" + body), ("lang-long", "---\nlang: " + "d" * 5000 + "\n---\n" + body),
            ("aliases", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n" + body),
            ("deep", "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n" + body),
            ("python-tag", "---\nx: !!python/object/apply:os.system ['true']\n---\n" + body),
            ("no-body", "---\nid: x\n---\n"), ("only-dashes", "---\n---\n---\n"),
            ("huge-front", "---\n" + "k: v\n" * 20_000 + "---\n" + body),
            ("tab", "---\n\tid: x\n---\n" + body), ("nul-key", "---\n? \"\\0\"\n: x\n---\n" + body),
        ]
        for name, text in fronts:
            yield self._file("structures", name, ".txt", text)
        ok = "---\nid: {id}\npublished: 2024-10-23\nlang: de\n---\n" + body
        for eol in ("\r\n", "\r", "\n"):
            for k in range(3):
                text = ok.format(id=f"eol-{len(eol)}-{eol == chr(13)}-{k}").replace("\n", eol)
                yield self._file("structures", f"eol{len(eol)}{'cr' if eol == chr(13) else ''}", ".txt", text, 1)

    def jsonl(self) -> Iterator[Case]:
        r = self.rng
        good = {"text": SENTENCES[0], "lang": "de", "published": "2024-10-23"}
        lines = [
            ("deep", '{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}"),
            ("deep-obj", '{"text": "x", "a": ' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "}"),
            ("bigint", '{"text": "Hallo Welt.", "n": ' + "9" * 5000 + "}"),
            ("bigfloat", '{"text": "Hallo Welt.", "n": 1' + "0" * 400 + ".5}"),
            ("exp", '{"text": "Hallo Welt.", "n": 1e400}'), ("nan", '{"text": "Hallo Welt.", "n": NaN}'),
            ("inf", '{"text": "Hallo Welt.", "n": -Infinity}'),
            ("surrogate", '{"text": "Russland \\ud800 griff an.", "lang": "de"}'),
            ("nul", '{"text": "Russland \\u0000 griff an.", "lang": "de"}'),
            ("surrogate-title", '{"text": "Russland griff an.", "title": "\\udfff", "lang": "de"}'),
            ("title-list", '{"text": "Hallo.", "title": [1, 2]}'), ("url-dict", '{"text": "Hallo.", "url": {"a": 1}}'),
            ("id-list", '{"text": "Hallo.", "id": [1, 2]}'), ("id-float", '{"text": "Hallo.", "id": 1.5}'),
            ("lang-num", '{"text": "Hallo.", "lang": 7}'), ("published-list", '{"text": "Hallo.", "published": [1]}'),
            ("text-list", '{"text": ["a"]}'), ("text-null", '{"text": null}'), ("no-text", '{"id": "x"}'),
            ("array", "[1, 2]"), ("string", '"text"'), ("number", "42"), ("null", "null"),
            ("trailing", '{"text": "a"} x'), ("truncated", '{"text": "a'), ("bad-escape", '{"text": "\\x41"}'),
            ("control", '{"text": "a\x01b"}'), ("dup-keys", '{"text": "a", "text": "Russland griff an."}'),
            ("bad-date", '{"text": "Hallo.", "published": "2025-13-45"}'),
            ("crlf-text", json.dumps({"text": "Russland griff an.\r\nKiew bestritt das.\rGut.", "lang": "de"}) + "\r"),
            ("big-line", json.dumps({"text": (SENTENCES[2] + " ") * 3000, "lang": "en"})),
        ]
        for name, line in lines:
            yield self._file("jsonl", name, ".jsonl", line + "\n")
        for i in range(12):
            rows = [json.dumps({**good, "id": f"mix-{i}-{k}", "text": _text(r, 2)}) for k in range(3)]
            rows.insert(r.randrange(4), r.choice([line for _, line in lines]))
            yield self._file("jsonl", f"mixed{i}", ".jsonl", "\n".join(rows) + "\n")
        yield self._file("jsonl", "blank-lines", ".jsonl", "\n\n  \n")
        yield self._file("jsonl", "bad-utf8", ".jsonl", b'{"text": "\xff\xfe"}\n')
        yield self._file("jsonl", "good-crlf", ".jsonl", json.dumps({**good, "id": "crlf-good"}) + "\r\n", 1)

    def html(self) -> Iterator[Case]:
        r = self.rng
        para = "<p>" + " ".join(SENTENCES[:3]) + "</p>"
        docs = [
            ("empty", ""), ("no-body", "<html><head><title>x</title></head></html>"),
            ("script-only", "<script>" + "x" * 10_000 + "</script>"), ("deep", "<div>" * 20_000 + para + "</div>" * 20_000),
            ("unclosed", "<html><body><p>" * 2000 + SENTENCES[0]), ("attr", f'<p title="{"a" * 100_000}">{SENTENCES[0]}</p>'),
            ("entities", "<p>" + "&amp;" * 20_000 + "</p>"), ("bad-entities", "<p>&#xFFFFFFFF; &#0; &#55296; &bogus;</p>" + para),
            ("comment", "<!--" + "-" * 10_000 + para), ("cdata", "<![CDATA[" + para + "]]>"),
            ("meta-date", '<html><head><meta name="date" content="2025-13-45"></head><body>' + para * 5 + "</body></html>"),
            ("svg", "<svg>" + "<g>" * 5000 + "</svg>"), ("crlf", ("<html>\r\n<body>\r\n" + para * 5 + "\r\n</body></html>")),
            ("charset", '<meta charset="utf-16"><p>' + SENTENCES[1] * 5 + "</p>"),
            ("xml", '<?xml version="1.0"?><a>' + para + "</a>"),
        ]
        for name, doc in docs:
            yield self._file("html", name, ".html", doc)
        for i in range(15):
            tags = ["<p>", "</p>", "<div>", "<b>", "</i>", "<table><tr><td>", "<br>", "<a href='javascript:x'>",
                    "<img src=x onerror=y>"]
            doc = "".join(r.choice(tags) + (r.choice(SENTENCES) if r.random() < .5 else r.choice(ODD))
                          for _ in range(r.randint(5, 300)))
            yield self._file("html", f"soup{i}", ".html", doc)

    def warc(self) -> Iterator[Case]:
        r = self.rng
        page = ("<html><body><article>" + "<p>" + " ".join(SENTENCES) + "</p>" * 3 + "</article></body></html>").encode()
        good = _warc_record("response", "https://example.org/a", _http(page))
        cases = [
            ("random", bytes(r.randrange(256) for _ in range(5000))), ("text", b"hello world\n"),
            ("empty", b""), ("truncated", good[: len(good) // 2]),
            ("bad-length", good.replace(b"Content-Length: ", b"Content-Length: 9")),
            ("neg-length", good.replace(b"Content-Length: ", b"Content-Length: -")),
            ("no-headers", b"WARC/1.0\r\n\r\n"),
            ("bad-date", _warc_record("response", "u", _http(page), {"WARC-Date": "2025-13-45T99"})),
            ("bad-charset", _warc_record("response", "u", _http(page, "text/html; charset=bogus-42"))),
            ("binary-page", _warc_record("response", "u", _http(bytes(range(256)) * 20))),
            ("huge-header", _warc_record("response", "u", _http(page), {"X-Long": "a" * 100_000})),
            ("request-only", _warc_record("request", "u", b"GET / HTTP/1.1\r\n\r\n")),
            ("hostile-page", _warc_record("response", "u", _http(("<p>" + "," * 50_000 + "</p>").encode()))),
            ("garbage-after", good + b"\x00\x01garbage"),
        ]
        for name, raw in cases:
            yield self._file("warc", name, ".warc", raw)
        for name, raw in cases[:8]:
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
                gz.write(raw)
            data = buf.getvalue()
            yield self._file("warc", name + "-gz", ".warc.gz", data)
            yield self._file("warc", name + "-gz-cut", ".warc.gz", data[: len(data) // 2])
        yield self._file("warc", "gz-not-warc", ".warc.gz", gzip.compress(b"just text\n"))

    def filesystem(self) -> Iterator[Case]:
        fifo = self.folder / "fs-fifo.txt"
        os.mkfifo(fifo)
        yield Case("filesystem", "fifo", fifo)
        link = self.folder / "fs-null.txt"
        link.symlink_to("/dev/null")
        yield Case("filesystem", "devnull-link", link)
        yield Case("filesystem", "devnull", Path("/dev/null"))
        name = os.fsdecode(b"fs-name-\xff\xfe.txt")
        odd = self.folder / name
        odd.write_text(SENTENCES[0] + "\n", encoding="utf-8")
        yield Case("filesystem", "non-utf8-name", odd, 1)
        yield self._file("filesystem", "spaces and 'quotes' \"x\"", ".txt", SENTENCES[1], 1)
        yield self._file("filesystem", "unknown", ".docx", SENTENCES[1])
        d = self.folder / "fs-dir"
        (d / "sub").mkdir(parents=True)
        os.mkfifo(d / "sub" / "pipe.jsonl")
        (d / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
        yield Case("filesystem", "dir-with-fifo", d)
        yield Case("filesystem", "missing", self.folder / "does-not-exist.txt")

    def mutations(self) -> Iterator[Case]:
        """Valid inputs with a few bytes flipped, inserted or cut: the near misses a crawl is full of."""
        r = self.rng
        seeds = [(".txt", ("---\nid: m\npublished: 2024-10-23\nlang: de\n---\n" + _text(r, 4)).encode()),
                 (".jsonl", (json.dumps({"text": _text(r, 3), "id": "m", "published": "2024-10-23"}) + "\n").encode()),
                 (".html", ("<html><body><p>" + _text(r, 5) + "</p></body></html>").encode())]
        for i in range(45):
            suffix, raw = seeds[i % 3]
            data = bytearray(raw)
            for _ in range(r.randint(1, 8)):
                k = r.randrange(len(data))
                op = r.random()
                if op < .4:
                    data[k] = r.randrange(256)
                elif op < .7:
                    data[k:k] = bytes([r.choice(b"{}[]\"\\:-\r\n\x00\xff\xc3")])
                else:
                    del data[k:k + r.randint(1, 10)]
            yield self._file("mutations", f"m{i}", suffix, bytes(data))

    def all(self) -> list[Case]:
        return [c for fam in (self.bytes_, self.encodings, self.sizes, self.structures, self.jsonl, self.html,
                              self.warc, self.mutations, self.filesystem) for c in fam()]
